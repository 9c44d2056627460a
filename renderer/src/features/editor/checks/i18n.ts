/**
 * The words for the copy checks' messages: shared/platforms names each issue by one of these
 * keys (`checks.*`) with its parameters. Numbers go through i18next's `number` format, so the
 * locale groups them (5.000 / 5,000); `_description` is the variant for a platform whose limit
 * is on the description (YouTube, Pinterest).
 */
export const checksEn = {
  overLimit: "{{over, number}} over {{platform}}'s {{limit, number}}-character limit",
  overLimit_description: "{{over, number}} over {{platform}}'s {{limit, number}}-character description limit",
  overLimitBytes: "{{over, number}} bytes over {{platform}}'s {{limit, number}}-byte limit",
  overLimitBytes_description: "{{over, number}} bytes over {{platform}}'s {{limit, number}}-byte description limit",
  tooManyHashtags: '{{platform}} allows {{max}} hashtags per post; this is hashtag {{nth}}',
  tooManyMentions: '{{platform}} allows {{max}} mentions per post; this is mention {{nth}}',
  tooManyLinks: '{{platform}} rejects posts with more than {{max}} links; this is link {{nth}}',
  extraTopicTag: '{{platform}} uses only {{max}} topic tag; #{{tag}} stays plain text',
  linkNotClickable: "Links aren't clickable on {{platform}}; use its link field",
  linkNotClickableBio: 'Links aren\'t clickable on {{platform}}; say "link in bio"',
  truncatedPreview: '{{platform}} shows only the first ~{{at}} characters before "more"',
  forbiddenChar: '{{platform}} rejects "{{ch}}"',
  forbiddenChar_description: '{{platform}} rejects "{{ch}}" in the description',
  invalidChar: 'Invisible character {{code}} makes {{platform}} reject the post',
  duplicateHashtag: 'Hashtag #{{tag}} is already used earlier',
  bannedWord: 'The client bans the word "{{word}}"',
  requiredHashtagMissing: 'Required hashtag #{{tag}} is missing',
  linkMissing: "The slot's link ({{link}}) isn't in the text",
  linkInBio: '{{platform}} can\'t hold a clickable link; put it in the bio and say "link in bio"',
  headlineMissing: 'The article needs a headline',
  empty: 'No text yet',
  notNfc: 'Text has decomposed letters (NFD); normalise to NFC so every platform counts it the same',
};

export const checksId: typeof checksEn = {
  overLimit: 'Melebihi batas {{limit, number}} karakter {{platform}} sebanyak {{over, number}}',
  overLimit_description: 'Melebihi batas {{limit, number}} karakter deskripsi {{platform}} sebanyak {{over, number}}',
  overLimitBytes: 'Melebihi batas {{limit, number}} byte {{platform}} sebanyak {{over, number}}',
  overLimitBytes_description: 'Melebihi batas {{limit, number}} byte deskripsi {{platform}} sebanyak {{over, number}}',
  tooManyHashtags: '{{platform}} maksimal {{max}} hashtag per postingan; ini hashtag ke-{{nth}}',
  tooManyMentions: '{{platform}} maksimal {{max}} mention per postingan; ini mention ke-{{nth}}',
  tooManyLinks: '{{platform}} menolak postingan dengan lebih dari {{max}} link; ini link ke-{{nth}}',
  extraTopicTag: '{{platform}} hanya memakai {{max}} tag topik; #{{tag}} tetap teks biasa',
  linkNotClickable: 'Link tidak bisa diklik di {{platform}}; isi kolom link-nya',
  linkNotClickableBio: 'Link tidak bisa diklik di {{platform}}; tulis "link di bio"',
  truncatedPreview: '{{platform}} hanya menampilkan ±{{at}} karakter pertama sebelum "selengkapnya"',
  forbiddenChar: '{{platform}} menolak karakter "{{ch}}"',
  forbiddenChar_description: '{{platform}} menolak karakter "{{ch}}" di deskripsi',
  invalidChar: 'Karakter tak terlihat {{code}} membuat {{platform}} menolak postingan',
  duplicateHashtag: 'Hashtag #{{tag}} sudah dipakai sebelumnya',
  bannedWord: 'Klien melarang kata "{{word}}"',
  requiredHashtagMissing: 'Hashtag wajib #{{tag}} belum ada',
  linkMissing: 'Link slot ({{link}}) belum ada di teks',
  linkInBio: 'Link tidak bisa diklik di {{platform}}; pasang di bio dan tulis "link di bio"',
  headlineMissing: 'Artikel perlu judul',
  empty: 'Teks masih kosong',
  notNfc: 'Teks berisi huruf terurai (NFD); normalkan ke NFC agar hitungan sama di semua platform',
};
