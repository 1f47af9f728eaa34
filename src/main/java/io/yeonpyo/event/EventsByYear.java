package io.yeonpyo.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Events laid out for reading: dated ones grouped by year in the order given (the catalog's date order),
 * undated ones apart so none is given a made-up date. Shared by every page that lists events.
 */
public record EventsByYear(List<Year> years, List<EventView> undated) {

    public EventsByYear {
        years = List.copyOf(years);
        undated = List.copyOf(undated);
    }

    public record Year(int year, List<EventView> events) {

        public Year {
            events = List.copyOf(events);
        }
    }

    public static EventsByYear of(List<EventView> events) {
        List<Year> years = new ArrayList<>();
        List<EventView> undated = new ArrayList<>();
        List<EventView> current = new ArrayList<>();
        Integer currentYear = null;
        for (EventView event : events) {
            if (event.date() == null) {
                undated.add(event);
                continue;
            }
            if (currentYear != null && currentYear != event.date().year()) {
                years.add(new Year(currentYear, current));
                current = new ArrayList<>();
            }
            currentYear = event.date().year();
            current.add(event);
        }
        if (currentYear != null) {
            years.add(new Year(currentYear, current));
        }
        return new EventsByYear(years, undated);
    }

    public int count() {
        return undated.size() + years.stream().mapToInt(y -> y.events().size()).sum();
    }

    public boolean isEmpty() {
        return years.isEmpty() && undated.isEmpty();
    }
}
