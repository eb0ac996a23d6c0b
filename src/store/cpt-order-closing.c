/* cpt-order-closing.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-closing"

#include "config.h"

#include "cpt-order-closing.h"

#include "cpt-closing-rules.h"
#include "cpt-history.h"
#include "cpt-order-service-private.h"
#include "cpt-settings-service.h"

gboolean
cpt_order_closing_apply (CptDatabase  *db,
                         gint64        order_id,
                         const char   *document_number,
                         GError      **error)
{
  CptInvoicedStatus invoiced;
  CptShippedStatus shipped;
  CptOrderStatus status;
  CptClosingRule rule;
  g_autofree char *number = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (cpt_database_in_transaction (db), FALSE);

  if (!cpt_order_service_recompute_sub_statuses (db, order_id, &invoiced, &shipped, error) ||
      !cpt_order_service_lookup (db, order_id, &status, &number, error))
    return FALSE;
  rule = cpt_settings_get_closing_rule (db);

  if (status == CPT_ORDER_STATUS_CONFIRMED &&
      cpt_closing_rules_should_close (rule, invoiced, shipped, &reason))
    {
      g_autofree char *text = NULL;

      if (document_number != NULL && *document_number != '\0')
        text = g_strdup_printf ("%s (%s)", reason, document_number);
      else
        text = g_strdup (reason);

      return cpt_order_service_set_status (db, order_id, CPT_ORDER_STATUS_CLOSED, error) &&
             cpt_history_add_to_order (db, order_id, "closed", text, error);
    }

  if (status == CPT_ORDER_STATUS_CLOSED &&
      cpt_closing_rules_should_reopen (rule, invoiced, shipped, &reason))
    return cpt_order_service_set_status (db, order_id, CPT_ORDER_STATUS_CONFIRMED, error) &&
           cpt_history_add_to_order (db, order_id, "reopened", reason, error);

  return TRUE;
}
