/* cpt-closing-rules.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-closing-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-closing-rules.h"

static const char * const rule_names[] = {
  "invoiced",
  "shipped",
  "shipped_and_invoiced",
};

G_DEFINE_ENUM_TYPE (CptClosingRule, cpt_closing_rule,
  G_DEFINE_ENUM_VALUE (CPT_CLOSING_RULE_INVOICED, "invoiced"),
  G_DEFINE_ENUM_VALUE (CPT_CLOSING_RULE_SHIPPED, "shipped"),
  G_DEFINE_ENUM_VALUE (CPT_CLOSING_RULE_SHIPPED_AND_INVOICED, "shipped_and_invoiced"))

const char *
cpt_closing_rule_to_string (CptClosingRule rule)
{
  g_return_val_if_fail ((guint) rule < G_N_ELEMENTS (rule_names), NULL);

  return rule_names[rule];
}

gboolean
cpt_closing_rule_from_string (const char     *name,
                              CptClosingRule *rule)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (rule_names); i++)
    {
      if (strcmp (rule_names[i], name) == 0)
        {
          if (rule != NULL)
            *rule = (CptClosingRule) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The choices of the closing rules dialog. */
const char *
cpt_closing_rule_get_label (CptClosingRule rule)
{
  switch (rule)
    {
    case CPT_CLOSING_RULE_INVOICED:
      return _("When the order is fully invoiced");
    case CPT_CLOSING_RULE_SHIPPED:
      return _("When the order is fully shipped");
    case CPT_CLOSING_RULE_SHIPPED_AND_INVOICED:
      return _("When the order is fully shipped and fully invoiced");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cpt_closing_rules_should_close:
 * @rule: the closing rule of the settings
 * @invoiced: the invoicing status of a confirmed order
 * @shipped: its shipping status
 * @reason: (out) (optional): for the order's history, such as « Clôturée :
 *   facturée à 100 % »; the caller may append the invoice number
 *
 * Whether a confirmed order closes now. The caller asks only for confirmed
 * orders.
 */
gboolean
cpt_closing_rules_should_close (CptClosingRule      rule,
                                CptInvoicedStatus   invoiced,
                                CptShippedStatus    shipped,
                                char              **reason)
{
  gboolean fully_invoiced = invoiced == CPT_INVOICED_STATUS_INVOICED;
  gboolean fully_shipped = shipped == CPT_SHIPPED_STATUS_SHIPPED;
  const char *text = NULL;

  if (reason != NULL)
    *reason = NULL;

  switch (rule)
    {
    case CPT_CLOSING_RULE_INVOICED:
      if (fully_invoiced)
        text = _("Closed: fully invoiced");
      break;
    case CPT_CLOSING_RULE_SHIPPED:
      if (fully_shipped)
        text = _("Closed: fully shipped");
      break;
    case CPT_CLOSING_RULE_SHIPPED_AND_INVOICED:
      if (fully_shipped && fully_invoiced)
        text = _("Closed: fully shipped and invoiced");
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (text == NULL)
    return FALSE;
  if (reason != NULL)
    *reason = g_strdup (text);
  return TRUE;
}

/**
 * cpt_closing_rules_should_reopen:
 * @rule: the closing rule of the settings
 * @invoiced: the invoicing status of a closed order, after a credit note
 *   or a deleted shipment
 * @shipped: its shipping status
 * @reason: (out) (optional): for the order's history, naming what no
 *   longer holds
 *
 * Whether an order closed by the rule reopens because its criterion no
 * longer holds. The caller asks only for orders closed automatically.
 */
gboolean
cpt_closing_rules_should_reopen (CptClosingRule      rule,
                                 CptInvoicedStatus   invoiced,
                                 CptShippedStatus    shipped,
                                 char              **reason)
{
  gboolean invoicing_lost = invoiced != CPT_INVOICED_STATUS_INVOICED;
  gboolean shipping_lost = shipped != CPT_SHIPPED_STATUS_SHIPPED;
  const char *text = NULL;

  if (reason != NULL)
    *reason = NULL;

  switch (rule)
    {
    case CPT_CLOSING_RULE_INVOICED:
      if (invoicing_lost)
        text = _("Reopened: no longer fully invoiced");
      break;
    case CPT_CLOSING_RULE_SHIPPED:
      if (shipping_lost)
        text = _("Reopened: no longer fully shipped");
      break;
    case CPT_CLOSING_RULE_SHIPPED_AND_INVOICED:
      if (invoicing_lost && shipping_lost)
        text = _("Reopened: no longer fully shipped nor fully invoiced");
      else if (invoicing_lost)
        text = _("Reopened: no longer fully invoiced");
      else if (shipping_lost)
        text = _("Reopened: no longer fully shipped");
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (text == NULL)
    return FALSE;
  if (reason != NULL)
    *reason = g_strdup (text);
  return TRUE;
}
