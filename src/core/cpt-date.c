/* cpt-date.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-date"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"

#define MAX_YEAR 9999

/* Reads exactly @n ASCII digits. */
static gboolean
read_digits (const char *p,
             guint       n,
             guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      *value = *value * 10 + (guint) (p[i] - '0');
    }
  return TRUE;
}

static gboolean
date_from_dmy (guint  day,
               guint  month,
               guint  year,
               GDate *date)
{
  if (year < 1 || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* `YYYY-MM-DD` and nothing else. */
static gboolean
date_from_iso (const char *iso,
               GDate      *date)
{
  guint y, m, d;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-' ||
      !read_digits (iso, 4, &y) || !read_digits (iso + 5, 2, &m) ||
      !read_digits (iso + 8, 2, &d))
    return FALSE;
  return date_from_dmy (d, m, y, date);
}

static char *
date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

gboolean
cpt_date_is_valid (const char *iso)
{
  GDate date;

  return date_from_iso (iso, &date);
}

/* Splits a valid ISO date; FALSE (and nothing set) otherwise. */
gboolean
cpt_date_get_ymd (const char *iso,
                  int        *year,
                  int        *month,
                  int        *day)
{
  GDate date;

  if (!date_from_iso (iso, &date))
    return FALSE;
  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (day != NULL)
    *day = g_date_get_day (&date);
  return TRUE;
}

/* Today in the local time zone, as ISO. */
char *
cpt_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_time_get_year (now),
                          g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

/* `28/11/2026`, for tables and documents. */
char *
cpt_date_format (const char *iso)
{
  GDate date;

  if (!date_from_iso (iso, &date))
    return NULL;
  return g_strdup_printf ("%02u/%02u/%04u",
                          (guint) g_date_get_day (&date),
                          (guint) g_date_get_month (&date),
                          (guint) g_date_get_year (&date));
}

static const char *
month_name (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("month in a date", "January");
    case G_DATE_FEBRUARY: return C_("month in a date", "February");
    case G_DATE_MARCH: return C_("month in a date", "March");
    case G_DATE_APRIL: return C_("month in a date", "April");
    case G_DATE_MAY: return C_("month in a date", "May");
    case G_DATE_JUNE: return C_("month in a date", "June");
    case G_DATE_JULY: return C_("month in a date", "July");
    case G_DATE_AUGUST: return C_("month in a date", "August");
    case G_DATE_SEPTEMBER: return C_("month in a date", "September");
    case G_DATE_OCTOBER: return C_("month in a date", "October");
    case G_DATE_NOVEMBER: return C_("month in a date", "November");
    case G_DATE_DECEMBER: return C_("month in a date", "December");
    case G_DATE_BAD_MONTH:
    default:
      g_assert_not_reached ();
    }
}

/* `28 novembre 2026`, `1er mai 2026` in French prose; month names come from
 * our catalogue, not from the C library locale, so they follow LANGUAGE
 * like every other string. */
char *
cpt_date_format_long (const char *iso)
{
  g_autofree char *day = NULL;
  g_autofree char *year = NULL;
  GDate date;

  if (!date_from_iso (iso, &date))
    return NULL;

  if (g_date_get_day (&date) == 1)
    /* Translators: the first day of a month in a long date (French: « 1er »). */
    day = g_strdup (C_("first day of the month", "1"));
  else
    day = g_strdup_printf ("%u", (guint) g_date_get_day (&date));
  year = g_strdup_printf ("%u", (guint) g_date_get_year (&date));

  /* Translators: a long date: %1$s is the day, %2$s the month name and %3$s
   * the year, e.g. “November 28, 2026”; in French « 28 novembre 2026 ». */
  return g_strdup_printf (_("%2$s %1$s, %3$s"),
                          day, month_name (g_date_get_month (&date)), year);
}

/* Reads 1 to @max ASCII digits at *@p and moves past them. */
static gboolean
read_number (const char **p,
             guint        max,
             guint       *value,
             guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (g_ascii_isdigit (**p) && *n_digits < max)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*n_digits)++;
      (*p)++;
    }
  return *n_digits > 0 && !g_ascii_isdigit (**p);
}

/* `28/11/2026`, `28/11/26` (this century), `2/3/2026`, with `/`, `.` or
 * `-` between the parts. */
static gboolean
date_from_french (const char *text,
                  GDate      *date)
{
  const char *p = text;
  guint day, month, year, n;
  char separator;

  if (!read_number (&p, 2, &day, &n))
    return FALSE;
  separator = *p;
  if (separator != '/' && separator != '.' && separator != '-')
    return FALSE;
  p++;
  if (!read_number (&p, 2, &month, &n) || *p != separator)
    return FALSE;
  p++;
  if (!read_number (&p, 4, &year, &n) || *p != '\0' || (n != 2 && n != 4))
    return FALSE;
  if (n == 2)
    year += 2000;
  return date_from_dmy (day, month, year, date);
}

/**
 * cpt_date_parse:
 * @text: what the user typed: `28/11/2026`, `28/11/26` or `2026-11-28`
 * @iso: (out) (optional): the date as `2026-11-28`
 * @error: CPT_ERROR_INVALID when @text is not a date of the calendar
 */
gboolean
cpt_date_parse (const char  *text,
                char       **iso,
                GError     **error)
{
  g_autofree char *stripped = NULL;
  GDate date;

  stripped = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_strstrip (stripped);

  if (stripped[0] == '\0')
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("The date is empty."));
      return FALSE;
    }
  if (!date_from_iso (stripped, &date) && !date_from_french (stripped, &date))
    {
      /* Quote no more than the beginning of a long text. */
      if (g_utf8_strlen (stripped, -1) > 40)
        {
          g_autofree char *head = g_utf8_substring (stripped, 0, 39);

          g_free (stripped);
          stripped = g_strconcat (head, "…", NULL);
        }
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("“%s” is not a valid date. Write it as 28/11/2026."), stripped);
      return FALSE;
    }

  if (iso != NULL)
    *iso = date_to_iso (&date);
  return TRUE;
}

/* @iso plus (or minus) @days; NULL outside years 1 to 9999. */
char *
cpt_date_add_days (const char *iso,
                   int         days)
{
  GDate date;
  GDate last;
  gint64 julian;

  if (!date_from_iso (iso, &date))
    return NULL;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, MAX_YEAR);
  julian = (gint64) g_date_get_julian (&date) + days;
  if (julian < 1 || julian > (gint64) g_date_get_julian (&last))
    return NULL;

  g_date_set_julian (&date, (guint32) julian);
  return date_to_iso (&date);
}

/* The last day of the month of @iso. */
char *
cpt_date_end_of_month (const char *iso)
{
  GDate date;

  if (!date_from_iso (iso, &date))
    return NULL;
  g_date_set_day (&date, g_date_get_days_in_month (g_date_get_month (&date),
                                                   g_date_get_year (&date)));
  return date_to_iso (&date);
}

/**
 * cpt_date_due:
 * @iso: the invoice date
 * @days: the payment term in days
 * @end_of_month: whether the term is « fin de mois »
 *
 * The due date of an invoice. « 45 jours fin de mois » is read the usual
 * French way: 45 days after the invoice date, then the end of that month.
 */
char *
cpt_date_due (const char *iso,
              int         days,
              gboolean    end_of_month)
{
  g_autofree char *due = cpt_date_add_days (iso, days);

  if (due == NULL || !end_of_month)
    return g_steal_pointer (&due);
  return cpt_date_end_of_month (due);
}

/* Whether a payment term stays within what L441-10 allows: 60 days, or 45
 * days end of month. Longer terms deserve a warning, not a refusal. */
gboolean
cpt_date_payment_term_is_legal (int      days,
                                gboolean end_of_month)
{
  if (days < 0)
    return FALSE;
  if (end_of_month)
    return days <= CPT_PAYMENT_TERM_MAX_DAYS_END_OF_MONTH;
  return days <= CPT_PAYMENT_TERM_MAX_DAYS;
}
