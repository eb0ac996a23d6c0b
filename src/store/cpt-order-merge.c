/* cpt-order-merge.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-merge"

#include "config.h"

#include "cpt-order-merge.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-history.h"
#include "cpt-merge-rules.h"
#include "cpt-order-service-private.h"

static gboolean
count_documents (CptDatabase  *db,
                 gint64        order_id,
                 guint        *n_shipments,
                 guint        *n_invoices,
                 GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  /* A draft invoice counts: its lines point at the order's lines. */
  stmt = cpt_database_prepare (db,
                               "SELECT (SELECT count (*) FROM shipments WHERE order_id = ?1),"
                               " (SELECT count (*) FROM invoices WHERE order_id = ?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return cpt_database_set_error (db, error);
  *n_shipments = sqlite3_column_int (stmt, 0);
  *n_invoices = sqlite3_column_int (stmt, 1);
  return TRUE;
}

typedef struct
{
  CptMergeCandidate  candidate;
  char              *billing;
  char              *shipping;
} Candidate;

static void
candidate_clear (Candidate *c)
{
  g_clear_pointer (&c->billing, g_free);
  g_clear_pointer (&c->shipping, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Candidate, candidate_clear)

static gboolean
fill_candidate (CptDatabase  *db,
                CptOrder     *order,
                Candidate    *c,
                GError      **error)
{
  c->billing = cpt_address_format (cpt_order_get_billing_address (order));
  c->shipping = cpt_address_format (cpt_order_get_shipping_address (order));
  c->candidate.id = cpt_order_get_id (order);
  c->candidate.customer_id = cpt_order_get_customer_id (order);
  c->candidate.billing_address = c->billing;
  c->candidate.shipping_address = c->shipping;
  c->candidate.status = cpt_order_get_status (order);
  c->candidate.marketplace = cpt_order_get_marketplace (order);
  c->candidate.number = cpt_order_get_number (order);
  return count_documents (db, cpt_order_get_id (order), &c->candidate.n_shipments,
                          &c->candidate.n_invoices, error);
}

static gboolean
check_in_transaction (CptDatabase   *db,
                      CptOrder      *a,
                      CptOrder      *b,
                      GPtrArray    **failures,
                      GError       **error)
{
  g_auto(Candidate) ca = { { 0 } };
  g_auto(Candidate) cb = { { 0 } };

  if (!fill_candidate (db, a, &ca, error) || !fill_candidate (db, b, &cb, error))
    return FALSE;
  *failures = cpt_merge_rules_check (&ca.candidate, &cb.candidate);
  return TRUE;
}

static gboolean
load_pair (CptDatabase   *db,
           gint64         id_a,
           gint64         id_b,
           CptOrder     **a,
           CptOrder     **b,
           GError       **error)
{
  if (id_a == id_b)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("Choose two different orders to merge."));
      return FALSE;
    }
  *a = cpt_order_service_load (db, id_a, error);
  if (*a == NULL)
    return FALSE;
  *b = cpt_order_service_load (db, id_b, error);
  return *b != NULL;
}

gboolean
cpt_order_merge_check (CptDatabase   *db,
                       gint64         id_a,
                       gint64         id_b,
                       GPtrArray    **failures,
                       GError       **error)
{
  g_autoptr(CptOrder) a = NULL;
  g_autoptr(CptOrder) b = NULL;
  gboolean ok;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (failures != NULL, FALSE);

  /* A read, but in a transaction so both orders are seen at one moment. */
  if (!cpt_database_begin (db, error))
    return FALSE;
  ok = load_pair (db, id_a, id_b, &a, &b, error) && check_in_transaction (db, a, b, failures, error);
  cpt_database_rollback (db);
  return ok;
}

static char *
joined_notes (const char *a,
              const char *b)
{
  gboolean has_a = a != NULL && *a != '\0';
  gboolean has_b = b != NULL && *b != '\0';

  if (has_a && has_b)
    return g_strconcat (a, "\n\n", b, NULL);
  return g_strdup (has_a ? a : has_b ? b : "");
}

static gboolean
void_merged (CptDatabase  *db,
             CptOrder     *gone,
             CptOrder     *kept,
             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();

  reason = g_strdup_printf (_("Merged into %s"), cpt_order_get_number (kept));
  stmt = cpt_database_prepare (db,
                               "UPDATE sales_orders SET status = 'void', void_reason = ?2,"
                               " merged_into_id = ?3, updated_at = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cpt_order_get_id (gone));
  sqlite3_bind_text (stmt, 2, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, cpt_order_get_id (kept));
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  return cpt_history_add_to_order (db, cpt_order_get_id (gone), "merged", reason, error);
}

static gboolean
merge_in_transaction (CptDatabase   *db,
                      gint64         id_a,
                      gint64         id_b,
                      gint64         keep_id,
                      gint64        *kept_id,
                      GPtrArray    **failures_out,
                      GError       **error)
{
  g_autoptr(CptOrder) a = NULL;
  g_autoptr(CptOrder) b = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *text = NULL;
  CptOrder *kept, *gone;
  guint n_lines;

  if (!load_pair (db, id_a, id_b, &a, &b, error) ||
      !check_in_transaction (db, a, b, &failures, error))
    return FALSE;
  if (failures->len > 0)
    {
      cpt_merge_rules_to_error (failures, error);
      if (failures_out != NULL)
        *failures_out = g_steal_pointer (&failures);
      return FALSE;
    }

  if (keep_id == 0)
    {
      int cmp = g_strcmp0 (cpt_order_get_date (a), cpt_order_get_date (b));

      keep_id = cmp < 0 || (cmp == 0 && id_a < id_b) ? id_a : id_b;
    }
  if (keep_id != id_a && keep_id != id_b)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The order to keep must be %s or %s."),
                   cpt_order_get_number (a), cpt_order_get_number (b));
      return FALSE;
    }
  kept = keep_id == id_a ? a : b;
  gone = keep_id == id_a ? b : a;

  /* New lines on the kept order; the void order keeps its own as a record. */
  n_lines = cpt_order_get_n_lines (gone);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(CptOrderLine) line = cpt_order_line_copy (cpt_order_get_line (gone, i));

      cpt_order_line_set_id (line, 0);
      cpt_order_line_set_quantity_shipped (line, 0);
      cpt_order_line_set_quantity_invoiced (line, 0);
      cpt_order_add_line (kept, line);
    }
  notes = joined_notes (cpt_order_get_notes (kept), cpt_order_get_notes (gone));
  cpt_order_set_notes (kept, notes);

  /* The voided order releases its committed stock before the kept one
   * takes it over, so the total never moves. */
  if (!void_merged (db, gone, kept, error) || !cpt_order_service_save (db, kept, error))
    return FALSE;

  text = g_strdup_printf (_("Order %s merged into this order"), cpt_order_get_number (gone));
  if (!cpt_history_add_to_order (db, cpt_order_get_id (kept), "merged", text, error))
    return FALSE;

  if (kept_id != NULL)
    *kept_id = cpt_order_get_id (kept);
  return TRUE;
}

gboolean
cpt_order_merge_full (CptDatabase   *db,
                      gint64         id_a,
                      gint64         id_b,
                      gint64         keep_id,
                      gint64        *kept_id,
                      GPtrArray    **failures,
                      GError       **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (failures != NULL)
    *failures = NULL;
  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!merge_in_transaction (db, id_a, id_b, keep_id, kept_id, failures, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  cpt_database_mark_changed (db, "orders");
  cpt_database_mark_changed (db, "items");
  return cpt_database_commit (db, error);
}

gboolean
cpt_order_merge (CptDatabase   *db,
                 gint64         id_a,
                 gint64         id_b,
                 gint64         keep_id,
                 gint64        *kept_id,
                 GError       **error)
{
  return cpt_order_merge_full (db, id_a, id_b, keep_id, kept_id, NULL, error);
}
