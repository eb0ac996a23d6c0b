/* test-numbering.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-numbering.h"

static void
test_format (void)
{
  static const struct {
    const char *prefix;
    gint64 number;
    guint padding;
    const char *date;
    const char *result;
  } cases[] = {
    { "CC-{YYYY}-", 42, 5, "2026-11-28", "CC-2026-00042" },
    { "CC-", 42, 5, "2026-11-28", "CC-00042" },
    { "FA-{YY}{MM}-", 7, 4, "2026-03-05", "FA-2603-0007" },
    { "FA/{YYYY}/{MM}/", 123, 3, "2027-12-01", "FA/2027/12/123" },
    { "AV{YY}", 1, 0, "2009-01-01", "AV091" },
    { "", 42, 0, "2026-11-28", "42" },
    { NULL, 42, 3, "2026-11-28", "042" },
    { "BL-", 123456, 3, "2026-11-28", "BL-123456" },
    { "{YYYY}{YYYY}-", 1, 2, "2026-11-28", "20262026-01" },
    { "{YYY}-", 1, 1, "2026-11-28", "{YYY}-1" },
    { "É-{MM}-", 9, 2, "2026-11-28", "É-11-09" },
    { "X", 0, 10, "2026-11-28", "X0000000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = cpt_numbering_format (cases[i].prefix, cases[i].number,
                                                      cases[i].padding, cases[i].date);

      g_assert_cmpstr (number, ==, cases[i].result);
    }

  g_assert_null (cpt_numbering_format ("CC-", 1, 5, "2026-02-30"));
  g_assert_null (cpt_numbering_format ("CC-", 1, 5, NULL));
}

static void
test_has_year_token (void)
{
  g_assert_true (cpt_numbering_has_year_token ("CC-{YYYY}-"));
  g_assert_true (cpt_numbering_has_year_token ("{YY}"));
  g_assert_false (cpt_numbering_has_year_token ("CC-{MM}-"));
  g_assert_false (cpt_numbering_has_year_token ("CC-YYYY-"));
  g_assert_false (cpt_numbering_has_year_token (""));
  g_assert_false (cpt_numbering_has_year_token (NULL));
}

static void
test_restart (void)
{
  /* The last invoice was issued in 2026. */
  g_assert_false (cpt_numbering_should_restart (TRUE, 2026, "2026-12-31"));
  g_assert_true (cpt_numbering_should_restart (TRUE, 2026, "2027-01-01"));
  g_assert_true (cpt_numbering_should_restart (TRUE, 2024, "2026-06-15"));
  /* A document dated back in an earlier year does not restart. */
  g_assert_false (cpt_numbering_should_restart (TRUE, 2026, "2025-12-31"));
  /* No yearly restart asked, or nothing issued yet. */
  g_assert_false (cpt_numbering_should_restart (FALSE, 2026, "2027-01-01"));
  g_assert_false (cpt_numbering_should_restart (TRUE, 0, "2027-01-01"));
  g_assert_false (cpt_numbering_should_restart (TRUE, 2026, "garbage"));

  g_assert_cmpint (cpt_numbering_next (124, TRUE, 2026, "2027-01-02"), ==, 1);
  g_assert_cmpint (cpt_numbering_next (124, TRUE, 2026, "2026-12-30"), ==, 124);
  g_assert_cmpint (cpt_numbering_next (124, FALSE, 2026, "2027-01-02"), ==, 124);
  g_assert_cmpint (cpt_numbering_next (1, TRUE, 0, "2027-01-02"), ==, 1);
}

static void
test_preview (void)
{
  g_autofree char *same_year = cpt_numbering_preview ("FA-{YYYY}-", 124, 5, TRUE, 2026,
                                                      "2026-11-28");
  g_autofree char *new_year = cpt_numbering_preview ("FA-{YYYY}-", 124, 5, TRUE, 2026,
                                                     "2027-01-04");
  g_autofree char *no_reset = cpt_numbering_preview ("CC-", 42, 5, FALSE, 2026,
                                                     "2027-01-04");
  g_autofree char *first = cpt_numbering_preview ("CC-{YY}-", 1, 4, TRUE, 0, "2026-11-28");

  g_assert_cmpstr (same_year, ==, "FA-2026-00124");
  g_assert_cmpstr (new_year, ==, "FA-2027-00001");
  g_assert_cmpstr (no_reset, ==, "CC-00042");
  g_assert_cmpstr (first, ==, "CC-26-0001");
}

static void
test_validate (void)
{
  static const struct {
    const char *prefix;
    gint64 next;
    guint padding;
    gboolean reset;
    const char *message;
  } cases[] = {
    { "CC-{YYYY}-", 1, 5, TRUE, NULL },
    { "CC-", 42, 5, FALSE, NULL },
    { "", 1, 0, FALSE, NULL },
    { NULL, 1, 0, FALSE, NULL },
    { "FA-{YY}{MM}-", 1, 10, TRUE, NULL },
    { "Commande-n°", 1, 3, FALSE, NULL },
    { "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", 1, 3, FALSE, NULL },
    { "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", 1, 3, FALSE,
      "The prefix “ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456” is longer than 32 characters." },
    { "CC-", 1, 11, FALSE, "The number of digits must be between 0 and 10." },
    { "CC-", 0, 5, FALSE, "The next number must be 1 or more." },
    { "CC-", -3, 5, FALSE, "The next number must be 1 or more." },
    { "CC-", 1, 5, TRUE,
      "A yearly restart needs {YYYY} or {YY} in the prefix, otherwise numbers would repeat." },
    { "CC-{MM}-", 1, 5, TRUE,
      "A yearly restart needs {YYYY} or {YY} in the prefix, otherwise numbers would repeat." },
    { "CC-{DD}-", 1, 5, FALSE,
      "The prefix “CC-{DD}-” contains “{DD}”: only {YYYY}, {YY} and {MM} can be used between braces." },
    { "CC-{yyyy}-", 1, 5, FALSE,
      "The prefix “CC-{yyyy}-” contains “{yyyy}”: only {YYYY}, {YY} and {MM} can be used between braces." },
    { "CC-{YYYY", 1, 5, FALSE,
      "The prefix “CC-{YYYY” contains “{”: only {YYYY}, {YY} and {MM} can be used between braces." },
    { "CC-}", 1, 5, FALSE,
      "The prefix “CC-}” contains “}”: only {YYYY}, {YY} and {MM} can be used between braces." },
    { "CC -", 1, 5, FALSE, "The prefix “CC -” contains a space or a control character." },
    { "CC\n", 1, 5, FALSE, "The prefix “CC\n” contains a space or a control character." },
    { "CC\xff", 1, 5, FALSE, "The prefix is not valid text." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = cpt_numbering_validate (cases[i].prefix, cases[i].next, cases[i].padding,
                                            cases[i].reset, &error);

      g_test_message ("case %u", i);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/numbering/format", test_format);
  g_test_add_func ("/numbering/has-year-token", test_has_year_token);
  g_test_add_func ("/numbering/restart", test_restart);
  g_test_add_func ("/numbering/preview", test_preview);
  g_test_add_func ("/numbering/validate", test_validate);

  return g_test_run ();
}
