/* test-closing-rules.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-closing-rules.h"

static void
test_names (void)
{
  static const char *names[] = { "invoiced", "shipped", "shipped_and_invoiced" };
  static const char *labels[] = {
    "When the order is fully invoiced",
    "When the order is fully shipped",
    "When the order is fully shipped and fully invoiced",
  };
  g_autoptr(GEnumClass) klass = g_type_class_ref (CPT_TYPE_CLOSING_RULE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      CptClosingRule rule = 99;

      g_assert_cmpstr (cpt_closing_rule_to_string (i), ==, names[i]);
      g_assert_true (cpt_closing_rule_from_string (names[i], &rule));
      g_assert_cmpint (rule, ==, i);
      g_assert_cmpstr (cpt_closing_rule_get_label (i), ==, labels[i]);
      g_assert_cmpstr (g_enum_get_value (klass, i)->value_nick, ==, names[i]);
    }
  g_assert_false (cpt_closing_rule_from_string ("both", NULL));
  g_assert_false (cpt_closing_rule_from_string (NULL, NULL));
}

typedef struct
{
  CptClosingRule     rule;
  CptInvoicedStatus  invoiced;
  CptShippedStatus   shipped;
  const char        *reason;  /* NULL: stays open */
} CloseCase;

static void
test_should_close (void)
{
  static const CloseCase cases[] = {
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_INVOICED, CPT_SHIPPED_STATUS_NOT_SHIPPED,
      "Closed: fully invoiced" },
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_INVOICED, CPT_SHIPPED_STATUS_SHIPPED,
      "Closed: fully invoiced" },
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_PARTIALLY_INVOICED,
      CPT_SHIPPED_STATUS_SHIPPED, NULL },
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_NOT_INVOICED, CPT_SHIPPED_STATUS_SHIPPED,
      NULL },
    { CPT_CLOSING_RULE_SHIPPED, CPT_INVOICED_STATUS_NOT_INVOICED, CPT_SHIPPED_STATUS_SHIPPED,
      "Closed: fully shipped" },
    { CPT_CLOSING_RULE_SHIPPED, CPT_INVOICED_STATUS_INVOICED,
      CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED, NULL },
    { CPT_CLOSING_RULE_SHIPPED, CPT_INVOICED_STATUS_INVOICED, CPT_SHIPPED_STATUS_NOT_SHIPPED,
      NULL },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_INVOICED,
      CPT_SHIPPED_STATUS_SHIPPED, "Closed: fully shipped and invoiced" },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_INVOICED,
      CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED, NULL },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_PARTIALLY_INVOICED,
      CPT_SHIPPED_STATUS_SHIPPED, NULL },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_NOT_INVOICED,
      CPT_SHIPPED_STATUS_NOT_SHIPPED, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      gboolean close = cpt_closing_rules_should_close (cases[i].rule, cases[i].invoiced,
                                                       cases[i].shipped, &reason);

      g_test_message ("case %u", i);
      g_assert_cmpint (close, ==, cases[i].reason != NULL);
      g_assert_cmpstr (reason, ==, cases[i].reason);
      /* The reason is optional. */
      g_assert_cmpint (cpt_closing_rules_should_close (cases[i].rule, cases[i].invoiced,
                                                       cases[i].shipped, NULL),
                       ==, close);
    }
}

static void
test_should_reopen (void)
{
  static const CloseCase cases[] = {
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_INVOICED, CPT_SHIPPED_STATUS_NOT_SHIPPED,
      NULL },
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_PARTIALLY_INVOICED,
      CPT_SHIPPED_STATUS_SHIPPED, "Reopened: no longer fully invoiced" },
    { CPT_CLOSING_RULE_INVOICED, CPT_INVOICED_STATUS_NOT_INVOICED, CPT_SHIPPED_STATUS_SHIPPED,
      "Reopened: no longer fully invoiced" },
    { CPT_CLOSING_RULE_SHIPPED, CPT_INVOICED_STATUS_NOT_INVOICED, CPT_SHIPPED_STATUS_SHIPPED,
      NULL },
    { CPT_CLOSING_RULE_SHIPPED, CPT_INVOICED_STATUS_INVOICED,
      CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED, "Reopened: no longer fully shipped" },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_INVOICED,
      CPT_SHIPPED_STATUS_SHIPPED, NULL },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_PARTIALLY_INVOICED,
      CPT_SHIPPED_STATUS_SHIPPED, "Reopened: no longer fully invoiced" },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_INVOICED,
      CPT_SHIPPED_STATUS_NOT_SHIPPED, "Reopened: no longer fully shipped" },
    { CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, CPT_INVOICED_STATUS_NOT_INVOICED,
      CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED,
      "Reopened: no longer fully shipped nor fully invoiced" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      gboolean reopen = cpt_closing_rules_should_reopen (cases[i].rule, cases[i].invoiced,
                                                         cases[i].shipped, &reason);

      g_test_message ("case %u", i);
      g_assert_cmpint (reopen, ==, cases[i].reason != NULL);
      g_assert_cmpstr (reason, ==, cases[i].reason);
      /* Closing and reopening never both hold. */
      g_assert_false (reopen && cpt_closing_rules_should_close (cases[i].rule,
                                                               cases[i].invoiced,
                                                               cases[i].shipped, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/closing-rules/names", test_names);
  g_test_add_func ("/closing-rules/should-close", test_should_close);
  g_test_add_func ("/closing-rules/should-reopen", test_should_reopen);

  return g_test_run ();
}
