/* cpt-invoice-service-totals.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice-service"

#include "config.h"

#include "cpt-invoice-service.h"

#include "cpt-invoice-service-private.h"
#include "cpt-order-service-private.h"
#include "cpt-totals.h"

/* A draft invoice's amounts: its share of the order's discount, shipping
 * and adjustment, its line amounts, VAT summary and totals. */

typedef struct
{
  CptDiscountKind discount_kind;
  gint64          discount_value;
  gint64          discount_total;
  gint64          sub_total;
  gint64          shipping_charge;
  gint64          shipping_tax_id;
  gint32          shipping_tax_rate;
  char           *shipping_tax_name;
  gint64          adjustment;
  char           *adjustment_description;
} OrderAmounts;

static void
order_amounts_clear (OrderAmounts *amounts)
{
  g_clear_pointer (&amounts->shipping_tax_name, g_free);
  g_clear_pointer (&amounts->adjustment_description, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OrderAmounts, order_amounts_clear)

static gboolean
load_order_amounts (CptDatabase   *db,
                    gint64         order_id,
                    OrderAmounts  *amounts,
                    GError       **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db,
                               "SELECT discount_kind, discount_value, discount_total, sub_total,"
                               " shipping_charge, shipping_tax_id, shipping_tax_rate, shipping_tax_name,"
                               " adjustment, adjustment_description FROM sales_orders WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return cpt_database_set_error (db, error);
  amounts->discount_kind = cpt_order_discount_kind_from_sql ((const char *) sqlite3_column_text (stmt, 0));
  amounts->discount_value = sqlite3_column_int64 (stmt, 1);
  amounts->discount_total = sqlite3_column_int64 (stmt, 2);
  amounts->sub_total = sqlite3_column_int64 (stmt, 3);
  amounts->shipping_charge = sqlite3_column_int64 (stmt, 4);
  amounts->shipping_tax_id = sqlite3_column_int64 (stmt, 5);
  amounts->shipping_tax_rate = sqlite3_column_int (stmt, 6);
  amounts->shipping_tax_name = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  amounts->adjustment = sqlite3_column_int64 (stmt, 8);
  amounts->adjustment_description = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
  return TRUE;
}

static gint64
query_int64 (CptDatabase  *db,
             const char   *sql,
             gint64        a,
             gint64        b,
             GError      **error,
             gboolean     *ok)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  *ok = FALSE;
  stmt = cpt_database_prepare (db, sql, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      cpt_database_set_error_code (db, rc, error);
      return 0;
    }
  *ok = TRUE;
  return sqlite3_column_int64 (stmt, 0);
}

/* Rounds a × b / c half away from zero, without overflow (c > 0). */
static gint64
mul_div_round (gint64 a,
               gint64 b,
               gint64 c)
{
  __int128 n = (__int128) a * b;
  __int128 q = n / c;
  __int128 r = n % c;

  if (r < 0)
    r = -r;
  if (2 * r >= c)
    q += n >= 0 ? 1 : -1;
  return (gint64) q;
}

static gboolean
write_taxes (CptDatabase      *db,
             gint64            invoice_id,
             const CptTotals  *totals,
             GError          **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db, "DELETE FROM invoice_taxes WHERE invoice_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, cpt_statement_release);

  /* Name, category and legal mention are frozen with the invoice. */
  stmt = cpt_database_prepare (db,
                               "INSERT INTO invoice_taxes (invoice_id, tax_id, name, rate, category,"
                               " legal_mention, base, amount)"
                               " SELECT ?1, t.id, coalesce (t.name, ''), ?3, coalesce (t.category, 'standard'),"
                               " coalesce (t.legal_mention, ''), ?4, ?5"
                               " FROM (SELECT ?2 AS id) k LEFT JOIN taxes t ON t.id = k.id", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < totals->taxes->len; i++)
    {
      const CptTaxTotal *tax = &g_array_index (totals->taxes, CptTaxTotal, i);

      sqlite3_bind_int64 (stmt, 1, invoice_id);
      if (tax->tax_id > 0)
        sqlite3_bind_int64 (stmt, 2, tax->tax_id);
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_int (stmt, 3, tax->rate);
      sqlite3_bind_int64 (stmt, 4, tax->base);
      sqlite3_bind_int64 (stmt, 5, tax->amount);
      if (!cpt_invoice_sql_run (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Computes the draft's amounts with core's totals, from its lines and the
 * order's amounts (see the header for the sharing of order-level amounts),
 * and stores them: line amounts, VAT summary and totals. */
gboolean
cpt_invoice_compute_totals (CptDatabase  *db,
                            gint64        invoice_id,
                            gint64        order_id,
                            GError      **error)
{
  g_auto(OrderAmounts) order = { 0 };
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (CptTotalsLine));
  g_autoptr(GArray) line_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(CptTotals) plain = { 0 };
  g_auto(CptTotals) totals = { 0 };
  CptTotalsInput input = { 0 };
  gboolean carries_extras, completes, no_vat, ok;
  int rc;

  if (!load_order_amounts (db, order_id, &order, error))
    return FALSE;

  stmt = cpt_database_prepare (db,
                               "SELECT id, quantity, rate, discount, tax_id, tax_rate FROM invoice_lines"
                               " WHERE invoice_id = ? ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CptTotalsLine line = {
        .quantity = sqlite3_column_int64 (stmt, 1),
        .unit_price = sqlite3_column_int64 (stmt, 2),
        .discount = sqlite3_column_int (stmt, 3),
        .tax_id = sqlite3_column_int64 (stmt, 4),
        .tax_rate = sqlite3_column_int (stmt, 5),
      };
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (lines, line);
      g_array_append_val (line_ids, id);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  g_clear_pointer (&stmt, cpt_statement_release);

  carries_extras = query_int64 (db,
                                "SELECT NOT EXISTS (SELECT 1 FROM invoices WHERE order_id = ?1"
                                " AND id <> ?2 AND number IS NOT NULL AND status <> 'credited')",
                                order_id, invoice_id, error, &ok);
  if (!ok)
    return FALSE;
  /* Whether this invoice leaves nothing more to invoice on the order. */
  completes = query_int64 (db,
                           "SELECT NOT EXISTS (SELECT 1 FROM sales_order_lines l"
                           " WHERE l.order_id = ?1 AND l.quantity > l.quantity_invoiced"
                           " + coalesce ((SELECT sum (quantity) FROM invoice_lines"
                           "              WHERE invoice_id = ?2 AND order_line_id = l.id), 0))",
                           order_id, invoice_id, error, &ok);
  if (!ok)
    return FALSE;
  no_vat = query_int64 (db, "SELECT vat_regime = 'franchise' FROM company WHERE id = 1 AND ?1 = ?2",
                        0, 0, error, &ok);
  if (!ok)
    return FALSE;

  input.lines = (const CptTotalsLine *) lines->data;
  input.n_lines = lines->len;
  input.no_vat = no_vat;
  if (!cpt_totals_compute (&input, &plain, error))
    return FALSE;

  input.discount_kind = order.discount_kind;
  input.discount_value = order.discount_value;
  if (order.discount_kind == CPT_DISCOUNT_AMOUNT)
    {
      gint64 amount;

      if (completes)
        {
          gint64 before = query_int64 (db,
                                       "SELECT coalesce (sum (discount_total), 0) FROM invoices"
                                       " WHERE order_id = ?1 AND id <> ?2 AND number IS NOT NULL"
                                       " AND status <> 'credited'",
                                       order_id, invoice_id, error, &ok);
          if (!ok)
            return FALSE;
          amount = order.discount_total - before;
        }
      else if (order.sub_total > 0)
        amount = mul_div_round (order.discount_total, plain.subtotal, order.sub_total);
      else
        amount = 0;
      input.discount_value = CLAMP (amount, 0, MAX (plain.subtotal, 0));
    }
  if (carries_extras)
    {
      input.shipping = order.shipping_charge;
      input.shipping_tax_id = order.shipping_tax_id;
      input.shipping_tax_rate = order.shipping_tax_rate;
      input.adjustment = order.adjustment;
    }
  if (!cpt_totals_compute (&input, &totals, error))
    return FALSE;

  stmt = cpt_database_prepare (db, "UPDATE invoice_lines SET amount = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < line_ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (totals.line_nets, gint64, i));
      sqlite3_bind_int64 (stmt, 2, g_array_index (line_ids, gint64, i));
      if (!cpt_invoice_sql_run (db, stmt, error))
        return FALSE;
    }
  g_clear_pointer (&stmt, cpt_statement_release);

  if (!write_taxes (db, invoice_id, &totals, error))
    return FALSE;

  stmt = cpt_database_prepare (db,
                               "UPDATE invoices SET discount_kind = ?2, discount_value = ?3,"
                               " shipping_charge = ?4, shipping_tax_id = ?5, shipping_tax_rate = ?6,"
                               " shipping_tax_name = ?7, adjustment = ?8, adjustment_description = ?9,"
                               " sub_total = ?10, discount_total = ?11, tax_total = ?12, total = ?13"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  sqlite3_bind_text (stmt, 2, input.discount_kind == CPT_DISCOUNT_PERCENT ? "percent"
                              : input.discount_kind == CPT_DISCOUNT_AMOUNT ? "amount" : "none",
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, input.discount_kind == CPT_DISCOUNT_NONE ? 0 : input.discount_value);
  sqlite3_bind_int64 (stmt, 4, input.shipping);
  if (carries_extras && order.shipping_tax_id > 0)
    sqlite3_bind_int64 (stmt, 5, order.shipping_tax_id);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_int (stmt, 6, input.shipping_tax_rate);
  sqlite3_bind_text (stmt, 7, carries_extras ? order.shipping_tax_name : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 8, input.adjustment);
  sqlite3_bind_text (stmt, 9, carries_extras ? order.adjustment_description : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 10, totals.subtotal);
  sqlite3_bind_int64 (stmt, 11, totals.discount_total);
  sqlite3_bind_int64 (stmt, 12, totals.tax_total);
  sqlite3_bind_int64 (stmt, 13, totals.total);
  return cpt_invoice_sql_run (db, stmt, error);
}
