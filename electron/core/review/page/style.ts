/**
 * The review page's one stylesheet: mobile first (a phone opening it from WhatsApp), two columns
 * on a desktop, dark when the phone is, and a print layout that is the PDF. `--client` is the
 * client's colour; fonts are the system's on screen, the bundled ones in the PDF.
 */
export function reviewCss(clientColor: string): string {
  return `
:root{--client:${clientColor};--bg:#f4f5f7;--card:#fff;--ink:#16181d;--dim:#5f6672;--line:#e2e5ea;--soft:#f0f2f5;
--ok:#12805c;--ok-bg:#e6f6ef;--warn:#b45309;--warn-bg:#fff4e5;--accent:#2b59c3;--wa:#128c4a;
--font:"Rencana Inter","Rencana Emoji",system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";
color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#101215;--card:#1a1d22;--ink:#eceef1;--dim:#a1a8b3;--line:#2c3038;--soft:#23272e;
--ok:#3ccf91;--ok-bg:#133528;--warn:#f5a454;--warn-bg:#3a2812;--accent:#7ea2ff;--wa:#25d366}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 var(--font);overflow-wrap:anywhere;padding-bottom:88px}
h1,h2,h3,h4{line-height:1.25;margin:0}
button,input,textarea{font:inherit;color:inherit}
.wrap{max-width:1120px;margin:0 auto;padding:0 14px}
.print-only{display:none}
.needs-js{display:none}
html.js .needs-js{display:block}
html.js .noscript{display:none}
.top{background:var(--card);border-bottom:1px solid var(--line);border-top:6px solid var(--client)}
.top .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:10px 16px;padding-top:16px;padding-bottom:16px}
.brand{display:flex;align-items:center;gap:12px;min-width:0;flex:1 1 240px}
.brand .avatar{width:48px;height:48px;font-size:18px}
.kicker{font-size:13px;color:var(--dim);font-weight:600;letter-spacing:.02em}
.top h1{font-size:22px}
.period{color:var(--dim);font-size:15px}
.lang{display:none;gap:4px;background:var(--soft);border-radius:999px;padding:4px}
html.js .lang{display:flex}
.lang button{min-width:48px;min-height:40px;border:0;border-radius:999px;background:transparent;font-weight:700;cursor:pointer}
.lang button[aria-pressed=true]{background:var(--card);box-shadow:0 1px 3px rgba(0,0,0,.15)}
.intro{margin:16px auto;background:var(--card);border:1px solid var(--line);border-radius:16px;padding:16px 18px}
.intro p{margin:0 0 8px}
.intro ol{margin:8px 0;padding-left:22px}
.intro li{margin:4px 0}
.intro .small{margin:8px 0 0}
.small{font-size:13px}
.dim{color:var(--dim)}
.noscript{background:var(--warn-bg);color:var(--warn);border-radius:10px;padding:10px 12px;font-weight:600}
.posts{display:grid;gap:16px}
.post{background:var(--card);border:1px solid var(--line);border-radius:18px;padding:14px;scroll-margin-top:12px;border-left:6px solid var(--line)}
.post.is-approve{border-left-color:var(--ok)}
.post.is-changes{border-left-color:var(--warn)}
.phead{display:flex;align-items:center;flex-wrap:wrap;gap:8px}
.no{font-weight:800;color:var(--client);font-size:15px;background:var(--soft);border-radius:8px;padding:2px 8px}
.phead .when{display:flex;flex-direction:column;line-height:1.25;font-size:14px;flex:1 1 auto;min-width:0}
.phead .when span{color:var(--dim)}
.chip{font-size:12px;font-weight:700;border-radius:999px;padding:3px 10px;background:var(--soft);color:var(--dim);text-transform:uppercase;letter-spacing:.03em}
.verdict{font-size:13px;font-weight:700;border-radius:999px;padding:3px 10px}
.verdict:empty{display:none}
.is-approve .verdict{background:var(--ok-bg);color:var(--ok)}
.is-changes .verdict{background:var(--warn-bg);color:var(--warn)}
.topic{font-size:19px;margin:10px 0 12px}
.changed{background:var(--warn-bg);border-radius:12px;padding:12px 14px;margin:0 0 12px}
.changed h3{font-size:15px;color:var(--warn);display:flex;gap:6px;align-items:center}
.changed ul{margin:8px 0 0;padding:0;list-style:none;display:grid;gap:8px}
.changed .legend{margin:6px 0 0;font-size:13px;display:flex;gap:8px}
.diff{white-space:pre-wrap;font-size:14px;background:var(--card);border-radius:8px;padding:8px 10px;margin-top:4px;max-height:320px;overflow:auto}
del{background:#fde2e1;color:#9b1c1c;text-decoration:line-through}
ins{background:#dcf5e4;color:#0f5a32;text-decoration:none}
@media (prefers-color-scheme:dark){del{background:#4a1d1d;color:#ffb4b4}ins{background:#173d27;color:#a6f0c1}}
.pbody{display:grid;gap:14px}
.pf{display:flex;flex-wrap:wrap;gap:6px}
.pf .tab{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.pf label{min-height:40px;display:inline-flex;align-items:center;padding:0 14px;border-radius:999px;border:1px solid var(--line);background:var(--soft);font-weight:600;font-size:14px;cursor:pointer}
.pf .tab:checked+label{background:var(--ink);color:var(--card);border-color:var(--ink)}
.pf .tab:focus-visible+label{outline:3px solid var(--accent);outline-offset:2px}
.panels{width:100%}
.pf .panel{display:none;padding-top:8px}
${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `.pf .tab:nth-of-type(${k}):checked~.panels>.panel:nth-child(${k})`).join(',')}{display:block}
.only-pf{margin:0 0 6px;font-weight:700;font-size:14px;color:var(--dim)}
.mock{max-width:400px;margin:0 auto;background:#fff;color:#0f1419;border:1px solid #dbdee3;border-radius:14px;overflow:hidden;font-size:14px;line-height:1.4}
@media (prefers-color-scheme:dark){.mock{background:#000;color:#e7e9ea;border-color:#2f3336}}
.mhead{display:flex;align-items:center;gap:9px;padding:10px 12px}
.push{margin-left:auto}
.avatar{flex:none;width:34px;height:34px;border-radius:50%;display:grid;place-items:center;background:var(--client);color:#fff;font-weight:800;font-size:13px}
.ring{padding:2px;border-radius:50%;background:conic-gradient(#f59e0b,#ef4444,#a855f7,#f59e0b)}
.ring .avatar{border:2px solid #fff}
.media{position:relative;background:#eef0f3;color:#5f6672;overflow:hidden}
.media.square{aspect-ratio:1/1}.media.wide{aspect-ratio:16/10}.media.tall{aspect-ratio:9/16;max-height:560px}
.media.placeholder{display:grid;place-content:center;justify-items:center;gap:6px;padding:18px;text-align:center;font-size:13px}
.media.placeholder p{margin:0;max-width:30ch}
.strip{display:flex;height:100%;overflow-x:auto;scroll-snap-type:x mandatory;scrollbar-width:none}
.shot{position:relative;flex:0 0 100%;height:100%;margin:0;scroll-snap-align:center;display:grid;place-items:center}
.shot img{width:100%;height:100%;object-fit:cover;display:block}
.shot.empty{gap:4px;text-align:center;font-size:13px;align-content:center}
.count{position:absolute;top:10px;right:10px;background:rgba(0,0,0,.6);color:#fff;border-radius:999px;font-size:12px;padding:2px 8px}
.play{position:absolute;inset:0;display:grid;place-items:center;color:#fff}
.play .ic{width:56px;height:56px;filter:drop-shadow(0 2px 6px rgba(0,0,0,.5))}
.ic{width:22px;height:22px;flex:none}.ic.big{width:34px;height:34px}.ic.tiny{width:13px;height:13px;vertical-align:-2px}
.acts{display:flex;gap:14px;padding:10px 12px 4px}
.acts.spread{justify-content:space-between}
.acts.labelled{border-top:1px solid #dbdee3;margin:0 12px;padding:8px 0;font-size:13px;color:#65676b}
.acts.labelled span{display:flex;align-items:center;gap:5px}
.ig-acts .ic:last-child{margin-left:auto}
.mbody{padding:4px 12px 12px}
.mbody .caption{display:inline}
.caption{white-space:pre-wrap}
.ent{color:#1d6fd6}
@media (prefers-color-scheme:dark){.ent{color:#6cb2ff}}
.when{font-size:12px;color:#737a84;margin-top:6px}
.nocopy{color:#737a84;font-style:italic;margin:4px 0}
.text .row,.yt .row{display:flex;gap:10px;padding:12px}
.col{min-width:0;flex:1}
.text .media{border-radius:14px;border:1px solid #dbdee3;margin-top:8px}
.text .acts{padding:10px 0 0;color:#536471}
.small{font-size:12px}
.tt{position:relative;background:#000;color:#fff;border-color:#000}
.tt .media{max-height:620px}
.rail{position:absolute;right:8px;bottom:110px;display:grid;gap:16px;justify-items:center}
.rail .ic{width:30px;height:30px;filter:drop-shadow(0 1px 2px rgba(0,0,0,.6))}
.ttcap{position:absolute;left:0;right:56px;bottom:0;padding:40px 12px 12px;background:linear-gradient(transparent,rgba(0,0,0,.75));max-height:65%;overflow:auto}
.ttcap .caption{margin-top:2px}.ttcap .ent{color:#fff;font-weight:700}
.sound{display:flex;gap:6px;align-items:center;margin-top:6px;font-size:13px}.sound .ic{width:16px;height:16px}
.yt-title{font-size:15px;display:block}
.side{display:grid;gap:12px;align-content:start}
.meta{margin:0;display:grid;grid-template-columns:1fr 1fr;gap:10px;background:var(--soft);border-radius:12px;padding:12px}
.meta .wide{grid-column:1/-1}
.meta dt{font-size:12px;font-weight:700;color:var(--dim);text-transform:uppercase;letter-spacing:.03em}
.meta dd{margin:2px 0 0;font-size:14px}
.pre{white-space:pre-wrap}.break{word-break:break-all}
.choices{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.choice{min-height:56px;border-radius:14px;border:2px solid var(--line);background:var(--card);font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center;gap:8px;cursor:pointer;padding:6px 10px}
.choice.approve{color:var(--ok)}.choice.changes{color:var(--warn)}
.choice.approve[aria-pressed=true]{background:var(--ok);border-color:var(--ok);color:#fff}
.choice.changes[aria-pressed=true]{background:var(--warn);border-color:var(--warn);color:#fff}
@media (prefers-color-scheme:dark){.choice[aria-pressed=true]{color:#101215!important}}
.choice:focus-visible,.btn:focus-visible,.lang button:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.field{display:grid;gap:6px;margin-top:12px;font-weight:600;font-size:14px}
.field textarea,.field input{width:100%;border:1.5px solid var(--line);border-radius:12px;padding:10px 12px;background:var(--card);font-weight:400;font-size:16px;min-height:48px}
.field textarea:focus,.field input:focus{outline:none;border-color:var(--accent);box-shadow:0 0 0 3px color-mix(in srgb,var(--accent) 25%,transparent)}
.hint{margin:6px 0 0;color:var(--warn);font-size:14px;font-weight:600}
.finish{margin:20px auto;background:var(--card);border:1px solid var(--line);border-radius:18px;padding:18px}
.finish h2{font-size:20px}
.finish>p{margin:6px 0 0;color:var(--dim)}
.send{display:grid;gap:10px;margin-top:16px}
.btn{min-height:54px;border-radius:14px;border:1.5px solid var(--line);background:var(--soft);font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center;gap:8px;cursor:pointer}
.btn.wa{background:var(--wa);border-color:var(--wa);color:#fff}
.status{min-height:1.5em;font-weight:600;color:var(--ok);margin:12px 0 0}
.status.warn{color:var(--warn)}
details{margin-top:8px}
summary{cursor:pointer;color:var(--dim);font-size:14px;min-height:32px}
#text{width:100%;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;border:1px solid var(--line);border-radius:10px;padding:10px;background:var(--soft)}
.bar{position:fixed;left:0;right:0;bottom:0;background:var(--card);border-top:1px solid var(--line);box-shadow:0 -4px 16px rgba(0,0,0,.08);padding:10px 14px calc(10px + env(safe-area-inset-bottom))}
.bar .wrap{display:flex;align-items:center;gap:12px;padding:0}
.bar .count-text{flex:1;font-weight:700;font-size:15px;min-width:0}
.bar progress{display:block;width:100%;height:8px;margin-top:4px;appearance:none;-webkit-appearance:none;border:0;border-radius:999px;background:var(--soft);overflow:hidden}
.bar progress::-webkit-progress-bar{background:var(--soft);border-radius:999px}
.bar progress::-webkit-progress-value{background:var(--ok);border-radius:999px}
.bar progress::-moz-progress-bar{background:var(--ok)}
.bar a{min-height:44px;display:inline-flex;align-items:center;padding:0 18px;border-radius:12px;background:var(--ink);color:var(--card);font-weight:700;text-decoration:none;flex:none}
footer{text-align:center;color:var(--dim);font-size:13px;padding:8px 0 24px}
@media (min-width:720px){.send{grid-template-columns:repeat(3,1fr)}.top h1{font-size:26px}}
@media (min-width:960px){
.pbody{grid-template-columns:minmax(0,420px) minmax(0,1fr);align-items:start;gap:24px}
.post{padding:20px 22px}.topic{font-size:21px}
.side{position:sticky;top:16px}}
.print-copy{display:none}
@media print{
@page{size:A4;margin:14mm 12mm 16mm}
:root{--bg:#fff;--card:#fff;--ink:#111;--dim:#555;--line:#ccc;--soft:#f3f4f6;--ok:#12805c;--ok-bg:#e6f6ef;--warn:#b45309;--warn-bg:#fff4e5;color-scheme:light}
body{background:#fff;padding:0;font-size:10.5pt;line-height:1.4}
.wrap{max-width:none;padding:0}
.needs-js,html.js .needs-js,.lang,html.js .lang,.bar,.screen-only,.intro,.noscript,footer{display:none!important}
.print-only{display:block}
.top{border:0;border-top:5px solid var(--client);padding:0 0 6mm}
.top .wrap{padding:4mm 0 0}
.overview{break-after:page}
.overview h2{font-size:13pt;margin:0 0 3mm}
table{width:100%;border-collapse:collapse;font-size:9pt}
th,td{border:1px solid #bbb;padding:4px 5px;text-align:left;vertical-align:top}
th{background:#f0f1f3}
th:nth-child(1){width:8mm}th:nth-child(2){width:24mm}th:nth-child(3){width:13mm}th:nth-child(5),th:nth-child(6){width:20mm}th:nth-child(8){width:30mm}
td:nth-child(-n+3){white-space:nowrap}
tr{break-inside:avoid}
.posts{display:block}
.post{break-inside:avoid;border:1px solid #bbb;border-left:5px solid var(--client);border-radius:8px;padding:4mm 5mm;margin:0 0 5mm;box-shadow:none}
.topic{font-size:13pt;margin:2mm 0 3mm}
.pbody{display:grid;grid-template-columns:1fr 62mm;gap:5mm}
.print-copy{display:block}
.thumbs{display:flex;gap:2mm;margin-bottom:3mm}
.thumbs img{width:28mm;height:28mm;object-fit:cover;border-radius:2mm}
.copy{margin-bottom:3mm;break-inside:avoid}
.copy h4{font-size:9pt;text-transform:uppercase;letter-spacing:.04em;color:var(--dim);margin-bottom:1mm}
.side{position:static}
.meta{display:block;background:#f6f7f9}
.meta>div{margin-bottom:2mm}
.meta dd.print-only,.meta .print-only{display:block}
.changed{break-inside:avoid}
.diff{max-height:none;overflow:visible;background:#fff}
}
`;
}
