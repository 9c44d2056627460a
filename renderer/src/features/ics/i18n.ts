/** UI strings of the calendar-file download; wired into the i18n resources as `ics.*`. */
export const icsEn = {
  button: 'Download .ics',
  title: 'Download a calendar file (.ics)',
  body: 'The client’s posts and campaigns for the period, for Google Calendar, Apple Calendar or Outlook. Importing a newer file updates the same events.',
  client: 'Client',
  from: 'From',
  to: 'To',
  download: 'Download',
  downloaded: '{{file}} saved: {{posts}} posts, {{campaigns}} campaigns',
};

export const icsId: typeof icsEn = {
  button: 'Unduh .ics',
  title: 'Unduh file kalender (.ics)',
  body: 'Post dan kampanye klien pada periode ini, untuk Google Calendar, Apple Calendar atau Outlook. Mengimpor file yang lebih baru memperbarui acara yang sama.',
  client: 'Klien',
  from: 'Dari',
  to: 'Sampai',
  download: 'Unduh',
  downloaded: '{{file}} tersimpan: {{posts}} post, {{campaigns}} kampanye',
};
