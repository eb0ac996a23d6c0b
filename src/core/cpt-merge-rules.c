/* cpt-merge-rules.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-merge-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-merge-rules.h"

static const char * const kind_codes[] = {
  "different_customer",
  "different_billing_address",
  "different_shipping_address",
  "different_status",
  "status_not_mergeable",
  "has_shipments",
  "has_invoices",
  "marketplace_order",
};

G_DEFINE_BOXED_TYPE (CptMergeFailure, cpt_merge_failure,
                     cpt_merge_failure_copy, cpt_merge_failure_free)

const char *
cpt_merge_failure_kind_to_string (CptMergeFailureKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_codes), NULL);

  return kind_codes[kind];
}

CptMergeFailure *
cpt_merge_failure_copy (const CptMergeFailure *failure)
{
  CptMergeFailure *copy;

  g_return_val_if_fail (failure != NULL, NULL);

  copy = g_new (CptMergeFailure, 1);
  *copy = *failure;
  copy->message = g_strdup (failure->message);
  return copy;
}

void
cpt_merge_failure_free (CptMergeFailure *failure)
{
  if (failure == NULL)
    return;
  g_free (failure->message);
  g_free (failure);
}

/* Takes @message. */
static void
add_failure (GPtrArray           *failures,
             CptMergeFailureKind  kind,
             gint64               order_id,
             char                *message)
{
  CptMergeFailure *failure = g_new (CptMergeFailure, 1);

  failure->kind = kind;
  failure->code = kind_codes[kind];
  failure->order_id = order_id;
  failure->message = message;
  g_ptr_array_add (failures, failure);
}

/* An order without a number yet is named by its id. */
static char *
order_name (const CptMergeCandidate *order)
{
  if (order->number != NULL && order->number[0] != '\0')
    return g_strdup (order->number);
  return g_strdup_printf ("#%" G_GINT64_FORMAT, order->id);
}

/* A missing address and an empty one are the same. */
static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static gboolean
is_marketplace (const CptMergeCandidate *order)
{
  return order->marketplace != NULL && order->marketplace[0] != '\0';
}

/* The failures that concern one order of the pair. */
static void
check_one (const CptMergeCandidate *order,
           GPtrArray               *failures)
{
  g_autofree char *name = order_name (order);

  if (order->status == CPT_ORDER_STATUS_CLOSED)
    add_failure (failures, CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE, order->id,
                 g_strdup_printf (_("Order %s is closed: only draft or confirmed orders "
                                    "can be merged."), name));
  else if (order->status == CPT_ORDER_STATUS_VOID)
    add_failure (failures, CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE, order->id,
                 g_strdup_printf (_("Order %s is void: only draft or confirmed orders "
                                    "can be merged."), name));

  if (order->n_shipments > 0)
    add_failure (failures, CPT_MERGE_FAILURE_HAS_SHIPMENTS, order->id,
                 g_strdup_printf (ngettext ("Order %s has %u shipment.",
                                            "Order %s has %u shipments.",
                                            order->n_shipments),
                                  name, order->n_shipments));

  if (order->n_invoices > 0)
    add_failure (failures, CPT_MERGE_FAILURE_HAS_INVOICES, order->id,
                 g_strdup_printf (ngettext ("Order %s has %u invoice.",
                                            "Order %s has %u invoices.",
                                            order->n_invoices),
                                  name, order->n_invoices));

  if (is_marketplace (order))
    add_failure (failures, CPT_MERGE_FAILURE_MARKETPLACE_ORDER, order->id,
                 g_strdup_printf (_("Order %s comes from the marketplace %s and cannot be "
                                    "merged."), name, order->marketplace));
}

/**
 * cpt_merge_rules_check:
 * @a: the first order
 * @b: the second order
 *
 * Checks every precondition of merging @a and @b, and names each one that
 * fails, so that the user can fix them all at once.
 *
 * Returns: (transfer container) (element-type CptMergeFailure): the failed
 *   preconditions, empty when the orders can be merged
 */
GPtrArray *
cpt_merge_rules_check (const CptMergeCandidate *a,
                       const CptMergeCandidate *b)
{
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);

  failures = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_merge_failure_free);
  name_a = order_name (a);
  name_b = order_name (b);

  if (a->customer_id != b->customer_id)
    add_failure (failures, CPT_MERGE_FAILURE_DIFFERENT_CUSTOMER, 0,
                 g_strdup_printf (_("Orders %s and %s belong to different customers."),
                                  name_a, name_b));

  if (!same_text (a->billing_address, b->billing_address))
    add_failure (failures, CPT_MERGE_FAILURE_DIFFERENT_BILLING_ADDRESS, 0,
                 g_strdup_printf (_("Orders %s and %s have different billing addresses."),
                                  name_a, name_b));

  if (!same_text (a->shipping_address, b->shipping_address))
    add_failure (failures, CPT_MERGE_FAILURE_DIFFERENT_SHIPPING_ADDRESS, 0,
                 g_strdup_printf (_("Orders %s and %s have different shipping addresses."),
                                  name_a, name_b));

  if (a->status != b->status)
    add_failure (failures, CPT_MERGE_FAILURE_DIFFERENT_STATUS, 0,
                 /* Translators: the statuses are « Brouillon », « Confirmée »… */
                 g_strdup_printf (_("Orders %s (%s) and %s (%s) do not have the same status."),
                                  name_a, cpt_order_status_get_label (a->status),
                                  name_b, cpt_order_status_get_label (b->status)));

  check_one (a, failures);
  check_one (b, failures);

  return g_steal_pointer (&failures);
}

/**
 * cpt_merge_rules_to_error:
 * @failures: (element-type CptMergeFailure): from cpt_merge_rules_check()
 * @error: CPT_ERROR_CONFLICT with every failure, one per line
 *
 * Returns: TRUE when there is no failure
 */
gboolean
cpt_merge_rules_to_error (const GPtrArray  *failures,
                          GError          **error)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (failures != NULL, FALSE);

  if (failures->len == 0)
    return TRUE;

  text = g_string_new (NULL);
  for (guint i = 0; i < failures->len; i++)
    {
      const CptMergeFailure *failure = g_ptr_array_index ((GPtrArray *) failures, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, failure->message);
    }
  g_set_error_literal (error, CPT_ERROR, CPT_ERROR_CONFLICT, text->str);
  return FALSE;
}
