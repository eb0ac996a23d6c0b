/* test-date.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-date.h"
#include "cpt-error.h"

static void
test_format (void)
{
  static const struct { const char *iso; const char *text; } cases[] = {
    { "2026-11-28", "28/11/2026" },
    { "2026-01-05", "05/01/2026" },
    { "2024-02-29", "29/02/2024" },
    { "0999-12-31", "31/12/0999" },
  };
  static const char *bad[] = {
    NULL, "", "2026-11-31", "2026-02-29", "2026-13-01", "2026-00-10", "2026-11-00",
    "26-11-28", "2026/11/28", "2026-1-28", "2026-11-28T10:00", " 2026-11-28", "0000-01-01",
    "abcd-ef-gh",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cpt_date_format (cases[i].iso);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (cpt_date_is_valid (cases[i].iso));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = cpt_date_format (bad[i]);
      g_autofree char *long_text = cpt_date_format_long (bad[i]);

      g_assert_null (text);
      g_assert_null (long_text);
      g_assert_false (cpt_date_is_valid (bad[i]));
      g_assert_false (cpt_date_get_ymd (bad[i], NULL, NULL, NULL));
    }
}

static void
test_format_long (void)
{
  /* Without a French catalogue bound, the English source speaks. */
  static const struct { const char *iso; const char *text; } cases[] = {
    { "2026-11-28", "November 28, 2026" },
    { "2026-05-01", "May 1, 2026" },
    { "2027-01-10", "January 10, 2027" },
    { "2024-02-29", "February 29, 2024" },
    { "2026-12-31", "December 31, 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cpt_date_format_long (cases[i].iso);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_get_ymd (void)
{
  int y = 0, m = 0, d = 0;

  g_assert_true (cpt_date_get_ymd ("2026-11-28", &y, &m, &d));
  g_assert_cmpint (y, ==, 2026);
  g_assert_cmpint (m, ==, 11);
  g_assert_cmpint (d, ==, 28);
}

static void
test_today (void)
{
  g_autofree char *today = cpt_date_today ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int y = 0;

  g_assert_true (cpt_date_is_valid (today));
  g_assert_true (cpt_date_get_ymd (today, &y, NULL, NULL));
  /* Around midnight on New Year's Eve the two calls may straddle years. */
  g_assert_cmpint (ABS (y - g_date_time_get_year (now)), <=, 1);
}

static void
test_parse (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "28/11/2026", "2026-11-28" },
    { "28/11/26", "2026-11-28" },
    { "2026-11-28", "2026-11-28" },
    { "1/2/2026", "2026-02-01" },
    { "01/02/26", "2026-02-01" },
    { "28.11.2026", "2026-11-28" },
    { "28-11-2026", "2026-11-28" },
    { "  28/11/2026 ", "2026-11-28" },
    { "29/02/2024", "2024-02-29" },
    { "31/12/99", "2099-12-31" },
    { "01/01/00", "2000-01-01" },
  };
  static const struct { const char *text; const char *message; } bad[] = {
    { "", "The date is empty." },
    { "   ", "The date is empty." },
    { NULL, "The date is empty." },
    { "31/11/2026", "“31/11/2026” is not a valid date. Write it as 28/11/2026." },
    { "29/02/2026", "“29/02/2026” is not a valid date. Write it as 28/11/2026." },
    { "28/13/2026", "“28/13/2026” is not a valid date. Write it as 28/11/2026." },
    { "0/11/2026", "“0/11/2026” is not a valid date. Write it as 28/11/2026." },
    { "28/11/202", "“28/11/202” is not a valid date. Write it as 28/11/2026." },
    { "28/11/20261", "“28/11/20261” is not a valid date. Write it as 28/11/2026." },
    { "28/11", "“28/11” is not a valid date. Write it as 28/11/2026." },
    { "28/11-2026", "“28/11-2026” is not a valid date. Write it as 28/11/2026." },
    { "128/11/2026", "“128/11/2026” is not a valid date. Write it as 28/11/2026." },
    { "demain", "“demain” is not a valid date. Write it as 28/11/2026." },
    { "2026-11-28 10:00", "“2026-11-28 10:00” is not a valid date. Write it as 28/11/2026." },
    { "28/11/2026x", "“28/11/2026x” is not a valid date. Write it as 28/11/2026." },
    { "99999999999999999999999999999999999999999999999",
      "“999999999999999999999999999999999999999…” is not a valid date. "
      "Write it as 28/11/2026." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (cpt_date_parse (cases[i].text, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("refusing “%s”", bad[i].text ? bad[i].text : "(null)");
      g_assert_false (cpt_date_parse (bad[i].text, &iso, &error));
      g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_assert_null (iso);
    }
}

static void
test_add_days (void)
{
  static const struct { const char *iso; int days; const char *result; } cases[] = {
    { "2026-11-28", 0, "2026-11-28" },
    { "2026-11-28", 3, "2026-12-01" },
    { "2026-11-28", 30, "2026-12-28" },
    { "2026-11-28", 34, "2027-01-01" },
    { "2026-03-01", -1, "2026-02-28" },
    { "2024-03-01", -1, "2024-02-29" },
    { "2026-01-31", 60, "2026-04-01" },
    { "2026-11-28", -365, "2025-11-28" },
    { "9999-12-31", 0, "9999-12-31" },
    { "0001-01-01", 0, "0001-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = cpt_date_add_days (cases[i].iso, cases[i].days);

      g_assert_cmpstr (result, ==, cases[i].result);
    }

  g_assert_null (cpt_date_add_days ("9999-12-31", 1));
  g_assert_null (cpt_date_add_days ("0001-01-01", -1));
  g_assert_null (cpt_date_add_days ("2026-11-28", G_MAXINT));
  g_assert_null (cpt_date_add_days ("2026-11-28", G_MININT));
  g_assert_null (cpt_date_add_days ("not a date", 1));
}

static void
test_end_of_month (void)
{
  static const struct { const char *iso; const char *result; } cases[] = {
    { "2026-11-28", "2026-11-30" },
    { "2026-02-01", "2026-02-28" },
    { "2024-02-10", "2024-02-29" },
    { "2026-12-31", "2026-12-31" },
    { "2026-04-15", "2026-04-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = cpt_date_end_of_month (cases[i].iso);

      g_assert_cmpstr (result, ==, cases[i].result);
    }
  g_assert_null (cpt_date_end_of_month ("2026-02-30"));
}

static void
test_due (void)
{
  static const struct { const char *iso; int days; gboolean eom; const char *result; } cases[] = {
    /* Invoice of 28 November 2026. */
    { "2026-11-28", 0, FALSE, "2026-11-28" },
    { "2026-11-28", 30, FALSE, "2026-12-28" },
    { "2026-11-28", 60, FALSE, "2027-01-27" },
    /* « 45 jours fin de mois »: 12 January 2027, then the end of January. */
    { "2026-11-28", 45, TRUE, "2027-01-31" },
    { "2026-11-28", 30, TRUE, "2026-12-31" },
    /* « fin de mois » alone. */
    { "2026-11-28", 0, TRUE, "2026-11-30" },
    { "2026-01-31", 30, TRUE, "2026-03-31" },
    { "2024-01-30", 30, TRUE, "2024-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *due = cpt_date_due (cases[i].iso, cases[i].days, cases[i].eom);

      g_assert_cmpstr (due, ==, cases[i].result);
    }
  g_assert_null (cpt_date_due ("2026-11-31", 30, TRUE));
  g_assert_null (cpt_date_due ("9999-12-31", 30, TRUE));
}

static void
test_payment_term_is_legal (void)
{
  g_assert_true (cpt_date_payment_term_is_legal (0, FALSE));
  g_assert_true (cpt_date_payment_term_is_legal (30, FALSE));
  g_assert_true (cpt_date_payment_term_is_legal (60, FALSE));
  g_assert_false (cpt_date_payment_term_is_legal (61, FALSE));
  g_assert_false (cpt_date_payment_term_is_legal (90, FALSE));
  g_assert_true (cpt_date_payment_term_is_legal (0, TRUE));
  g_assert_true (cpt_date_payment_term_is_legal (45, TRUE));
  g_assert_false (cpt_date_payment_term_is_legal (46, TRUE));
  g_assert_false (cpt_date_payment_term_is_legal (60, TRUE));
  g_assert_false (cpt_date_payment_term_is_legal (-1, FALSE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/format-long", test_format_long);
  g_test_add_func ("/date/get-ymd", test_get_ymd);
  g_test_add_func ("/date/today", test_today);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/add-days", test_add_days);
  g_test_add_func ("/date/end-of-month", test_end_of_month);
  g_test_add_func ("/date/due", test_due);
  g_test_add_func ("/date/payment-term-is-legal", test_payment_term_is_legal);

  return g_test_run ();
}
