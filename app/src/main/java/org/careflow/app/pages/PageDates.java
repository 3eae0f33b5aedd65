package org.careflow.app.pages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates on the pages as the reader's language writes them: {@code 2026年12月2日} and
 * {@code 2026年12月2日 10:05} in Chinese, ISO ({@code 2026-12-02}, {@code 2026-12-02 10:05}) in English.
 * A date a form sends back stays ISO whatever the language (an input of type date wants it so).
 */
public final class PageDates {

  private static final PageDates CHINESE = new PageDates("yyyy年M月d日", "yyyy年M月d日 HH:mm", "yyyy年M月d日 HH:mm:ss");
  private static final PageDates ENGLISH = new PageDates("yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss");

  private final DateTimeFormatter day;
  private final DateTimeFormatter minute;
  private final DateTimeFormatter second;

  private PageDates(String day, String minute, String second) {
    this.day = DateTimeFormatter.ofPattern(day);
    this.minute = DateTimeFormatter.ofPattern(minute);
    this.second = DateTimeFormatter.ofPattern(second);
  }

  public static PageDates of(Locale locale) {
    return PageLanguage.supported(locale).equals(Locale.ENGLISH) ? ENGLISH : CHINESE;
  }

  /** The day; empty when there is none. */
  public String day(LocalDate date) {
    return date == null ? "" : day.format(date);
  }

  /** The day and the time to the minute; empty when there is none. */
  public String minute(LocalDateTime time) {
    return time == null ? "" : minute.format(time);
  }

  /** The day and the time to the second; empty when there is none. */
  public String second(LocalDateTime time) {
    return time == null ? "" : second.format(time);
  }
}
