/**
 * The reference for the calendar benchmark: a bare FullCalendar 7 page with the same plugins,
 * theme, options and events as the app's month view (the very events the app handed its
 * calendar, read from the app by the bench), in a box of the app's calendar size, and nothing
 * else: no app, no mapping, FullCalendar's own event and day-cell rendering.
 */
import FullCalendar, { type CalendarRef, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import idLocale from '@fullcalendar/react/locales/id';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import formaTheme from '@fullcalendar/react/themes/forma';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/forma/theme.css';
import '@fullcalendar/react/themes/forma/palettes/green.css';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Windows {
  current: EventInput[];
  next: EventInput[];
}

/** Like any React integration: the events of the visible month, swapped when the month changes. */
function Bare({ windows, initialDate }: { windows: Windows; initialDate: string }) {
  const ref = useRef<CalendarRef>(null);
  // Mounted empty, then given the month's events: the app's calendar, too, is on screen before its data.
  const [events, setEvents] = useState<EventInput[]>([]);
  useEffect(() => {
    // After the empty calendar has painted, as in the app, where data arrives over the API.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('bare:data');
        setEvents(windows.current);
      }),
    );
  }, [windows]);
  // "Next month" and back are buttons the bench clicks, as in the app: the same click, hit test and
  // React event, then FullCalendar's own navigation and that month's events in the same update.
  const next = () => {
    performance.mark('bare:nav');
    ref.current?.getApi().next();
    setEvents(windows.next);
  };
  const prev = () => {
    performance.mark('bare:nav');
    ref.current?.getApi().prev();
    setEvents(windows.current);
  };
  return (
    <>
      <div className="bare-nav">
        <button type="button" onClick={prev}>
          Sebelumnya
        </button>
        <button type="button" onClick={next}>
          Berikutnya
        </button>
      </div>
      <FullCalendar
        ref={ref}
        plugins={[dayGridPlugin, listPlugin, multiMonthPlugin, interactionPlugin, formaTheme]}
        timeZone="UTC"
        initialView="dayGridMonth"
        initialDate={initialDate}
        firstDay={1}
        headerToolbar={false}
        height="100%"
        editable
        selectable
        droppable
        dayMaxEvents={8}
        fixedWeekCount={false}
        navLinks
        eventDisplay="block"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventOrder="kindOrder,start,title"
        locale={idLocale}
        events={events}
      />
    </>
  );
}

const params = new URLSearchParams(location.search);
void fetch('./events.json')
  .then((r) => r.json() as Promise<Windows>)
  .then((windows) => {
    // The app's calendar box, measured by the bench: the same cells for the same events.
    const root = document.getElementById('root')!;
    root.style.width = `${params.get('w') ?? 1140}px`;
    root.style.height = `${params.get('h') ?? 800}px`;
    createRoot(root).render(<Bare windows={windows} initialDate={params.get('date') ?? '2026-12-01'} />);
  });
