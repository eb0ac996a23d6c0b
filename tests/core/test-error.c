/* test-error.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"

/* Problems pile up in one CPT_ERROR_INVALID error: the message joins the
 * sentences, the fields stay in order with their own sentence. */
static void
test_collect_fields (void)
{
  g_autoptr(GError) problems = NULL;
  g_autoptr(GError) error = NULL;
  const char *message;

  g_assert_true (cpt_error_finish (&problems, &error));
  g_assert_no_error (error);

  cpt_error_add_field (&problems, "display_name", "%s", "The customer needs a name.");
  cpt_error_add_field (&problems, "email", "The e-mail address “%s” is not valid.", "x@");
  cpt_error_add_field (&problems, NULL, "%s", "Something general.");
  g_assert_false (cpt_error_finish (&problems, &error));
  g_assert_null (problems);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The customer needs a name.\nThe e-mail address “x@” is not valid.\nSomething general.");
  g_assert_cmpuint (cpt_error_get_n_fields (error), ==, 3);
  g_assert_cmpstr (cpt_error_get_field (error, 0, &message), ==, "display_name");
  g_assert_cmpstr (message, ==, "The customer needs a name.");
  g_assert_cmpstr (cpt_error_get_field (error, 1, &message), ==, "email");
  g_assert_cmpstr (message, ==, "The e-mail address “x@” is not valid.");
  g_assert_null (cpt_error_get_field (error, 2, &message));
  g_assert_cmpstr (message, ==, "Something general.");

  /* Without a place to collect, nothing happens. */
  cpt_error_add_field (NULL, "email", "%s", "ignored");
}

/* A check's refusal is collected under the caller's field name unless it
 * names its own fields; any other failure stops the validation. */
static void
test_collect_errors (void)
{
  g_autoptr(GError) problems = NULL;
  g_autoptr(GError) fatal = NULL;
  g_autoptr(GError) named = NULL;

  g_assert_true (cpt_error_collect (&problems,
                                    g_error_new_literal (CPT_ERROR, CPT_ERROR_INVALID, "Unknown tax."),
                                    "lines[0].tax_id", &fatal));
  cpt_error_add_field (&named, "lines[1].quantity", "%s", "Negative.");
  cpt_error_add_field (&named, "lines[1].rate", "%s", "Negative price.");
  g_assert_true (cpt_error_collect (&problems, g_steal_pointer (&named), "ignored", &fatal));
  g_assert_no_error (fatal);
  g_assert_cmpuint (cpt_error_get_n_fields (problems), ==, 3);
  g_assert_cmpstr (cpt_error_get_field (problems, 0, NULL), ==, "lines[0].tax_id");
  g_assert_cmpstr (cpt_error_get_field (problems, 1, NULL), ==, "lines[1].quantity");
  g_assert_cmpstr (cpt_error_get_field (problems, 2, NULL), ==, "lines[1].rate");
  g_assert_cmpstr (problems->message, ==, "Unknown tax.\nNegative.\nNegative price.");

  g_assert_false (cpt_error_collect (&problems,
                                     g_error_new_literal (CPT_ERROR, CPT_ERROR_DATABASE, "Disk full."),
                                     "lines[2].rate", &fatal));
  g_assert_error (fatal, CPT_ERROR, CPT_ERROR_DATABASE);
  g_assert_cmpuint (cpt_error_get_n_fields (fatal), ==, 0);
  g_assert_cmpuint (cpt_error_get_n_fields (problems), ==, 3);
}

/* The fields travel with the error when it is copied or propagated. */
static void
test_copy (void)
{
  g_autoptr(GError) problems = NULL;
  g_autoptr(GError) copy = NULL;
  g_autoptr(GError) other = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_FAILED, "x");
  g_autoptr(GError) plain = g_error_new_literal (CPT_ERROR, CPT_ERROR_INVALID, "y");

  cpt_error_add_field (&problems, "sku", "%s", "Spaces.");
  copy = g_error_copy (problems);
  g_clear_error (&problems);
  g_assert_cmpuint (cpt_error_get_n_fields (copy), ==, 1);
  g_assert_cmpstr (cpt_error_get_field (copy, 0, NULL), ==, "sku");
  g_assert_cmpuint (cpt_error_get_n_fields (other), ==, 0);
  g_assert_cmpuint (cpt_error_get_n_fields (plain), ==, 0);
  g_assert_cmpuint (cpt_error_get_n_fields (NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/error/collect-fields", test_collect_fields);
  g_test_add_func ("/error/collect-errors", test_collect_errors);
  g_test_add_func ("/error/copy", test_copy);
  return g_test_run ();
}
