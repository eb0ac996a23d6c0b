/* cpt-invoice-service-list.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice-service"

#include "config.h"

#include "cpt-invoice-service.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-invoice-service-private.h"
#include "cpt-order-service-private.h"

/* Reading invoices: one with its lines and VAT summary, or pages of rows. */

#define INVOICE_COLUMNS \
  "i.id, i.number, i.status, i.order_id, i.order_number, i.customer_id, i.customer_name," \
  " i.customer_email, i.customer_siren, i.customer_vat_number, i.reference, i.date, i.due_date," \
  " i.payment_terms_name, i.issued_at, i.paid_date, i.credited_by, cn.number," \
  " i.billing_street, i.billing_street2, i.billing_postcode, i.billing_city, i.billing_country," \
  " i.shipping_street, i.shipping_street2, i.shipping_postcode, i.shipping_city, i.shipping_country," \
  " i.discount_kind, i.discount_value, i.shipping_charge, i.shipping_tax_id, i.shipping_tax_rate," \
  " i.shipping_tax_name, i.adjustment, i.adjustment_description, i.notes, i.terms, i.sub_total," \
  " i.discount_total, i.tax_total, i.total," \
  " i.seller_name, i.seller_legal_form, i.seller_share_capital, i.seller_street, i.seller_street2," \
  " i.seller_postcode, i.seller_city, i.seller_country, i.seller_siren, i.seller_siret," \
  " i.seller_rcs_city, i.seller_vat_number, i.seller_vat_regime, i.seller_vat_on_debits," \
  " i.seller_operations, i.seller_iban, i.seller_bic, i.seller_email, i.seller_phone," \
  " i.seller_late_penalty_rate, i.seller_footer, i.delivery_date" \
  " FROM invoices i LEFT JOIN credit_notes cn ON cn.id = i.credited_by"

#define TEXT(n) ((const char *) sqlite3_column_text (stmt, (n)))

static CptInvoice *
invoice_from_row (sqlite3_stmt *stmt)
{
  CptInvoice *invoice = cpt_invoice_new ();
  CptInvoiceStatus status = CPT_INVOICE_STATUS_DRAFT;
  g_autoptr(CptAddress) billing = cpt_order_sql_address (stmt, 18);
  g_autoptr(CptAddress) shipping = cpt_order_sql_address (stmt, 23);
  g_autoptr(CptAddress) seller_address = cpt_order_sql_address (stmt, 45);
  CptSeller *seller = cpt_invoice_get_seller (invoice);

  cpt_invoice_status_from_string (TEXT (2), &status);
  g_object_set (invoice,
                "id", sqlite3_column_int64 (stmt, 0),
                "number", TEXT (1),
                "status", status,
                "order-id", sqlite3_column_int64 (stmt, 3),
                "order-number", TEXT (4),
                "customer-id", sqlite3_column_int64 (stmt, 5),
                "customer-name", TEXT (6),
                "customer-email", TEXT (7),
                "customer-siren", TEXT (8),
                "customer-vat-number", TEXT (9),
                "reference", TEXT (10),
                "date", TEXT (11),
                "due-date", TEXT (12),
                "payment-terms-name", TEXT (13),
                "issued-at", TEXT (14),
                "paid-date", TEXT (15),
                "credit-note-id", sqlite3_column_int64 (stmt, 16),
                "credit-note-number", TEXT (17),
                "billing-address", billing,
                "shipping-address", shipping,
                "discount-kind", (int) cpt_order_discount_kind_from_sql (TEXT (28)),
                "discount-value", sqlite3_column_int64 (stmt, 29),
                "shipping-charge", sqlite3_column_int64 (stmt, 30),
                "shipping-tax-id", sqlite3_column_int64 (stmt, 31),
                "shipping-tax-rate", sqlite3_column_int (stmt, 32),
                "shipping-tax-name", TEXT (33),
                "adjustment", sqlite3_column_int64 (stmt, 34),
                "adjustment-description", TEXT (35),
                "notes", TEXT (36),
                "terms", TEXT (37),
                "sub-total", sqlite3_column_int64 (stmt, 38),
                "discount-total", sqlite3_column_int64 (stmt, 39),
                "tax-total", sqlite3_column_int64 (stmt, 40),
                "total", sqlite3_column_int64 (stmt, 41),
                NULL);
  g_object_set (seller,
                "name", TEXT (42),
                "legal-form", TEXT (43),
                "share-capital", sqlite3_column_int64 (stmt, 44),
                "address", seller_address,
                "siren", TEXT (50),
                "siret", TEXT (51),
                "rcs-city", TEXT (52),
                "vat-number", TEXT (53),
                "vat-regime", TEXT (54),
                "vat-on-debits", sqlite3_column_int (stmt, 55) != 0,
                "operations", TEXT (56),
                "iban", TEXT (57),
                "bic", TEXT (58),
                "email", TEXT (59),
                "phone", TEXT (60),
                "late-penalty-rate", sqlite3_column_int (stmt, 61),
                "footer", TEXT (62),
                NULL);
  cpt_invoice_set_delivery_date (invoice, TEXT (63));
  return invoice;
}

/* Lines of an invoice or a credit note into @invoice_lines' adder. */
static gboolean
load_lines (CptDatabase  *db,
            CptInvoice   *invoice,
            GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT id, order_line_id, item_id, sku, description, quantity, unit,"
                               " rate, discount, tax_id, tax_rate, tax_name, amount FROM invoice_lines"
                               " WHERE invoice_id = ? ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cpt_invoice_get_id (invoice));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CptInvoiceLine) line =
        g_object_new (CPT_TYPE_INVOICE_LINE,
                      "id", sqlite3_column_int64 (stmt, 0),
                      "order-line-id", sqlite3_column_int64 (stmt, 1),
                      "item-id", sqlite3_column_int64 (stmt, 2),
                      "sku", TEXT (3),
                      "description", TEXT (4),
                      "quantity", sqlite3_column_int64 (stmt, 5),
                      "unit", TEXT (6),
                      "rate", sqlite3_column_int64 (stmt, 7),
                      "discount", sqlite3_column_int (stmt, 8),
                      "tax-id", sqlite3_column_int64 (stmt, 9),
                      "tax-rate", sqlite3_column_int (stmt, 10),
                      "tax-name", TEXT (11),
                      "amount", sqlite3_column_int64 (stmt, 12),
                      NULL);
      cpt_invoice_add_line (invoice, line);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db,
                               "SELECT tax_id, name, rate, category, legal_mention, base, amount"
                               " FROM invoice_taxes WHERE invoice_id = ? ORDER BY rate DESC, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cpt_invoice_get_id (invoice));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CptDocumentTax) tax =
        g_object_new (CPT_TYPE_DOCUMENT_TAX,
                      "tax-id", sqlite3_column_int64 (stmt, 0),
                      "name", TEXT (1),
                      "rate", sqlite3_column_int (stmt, 2),
                      "category", TEXT (3),
                      "legal-mention", TEXT (4),
                      "base", sqlite3_column_int64 (stmt, 5),
                      "amount", sqlite3_column_int64 (stmt, 6),
                      NULL);
      cpt_invoice_add_taxe (invoice, tax);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  return TRUE;
}

CptInvoice *
cpt_invoice_service_get (CptDatabase  *db,
                         gint64        invoice_id,
                         GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptInvoice) invoice = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " INVOICE_COLUMNS " WHERE i.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                     _("The invoice %lld does not exist."), (long long) invoice_id);
      else
        cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  invoice = invoice_from_row (stmt);
  g_clear_pointer (&stmt, cpt_statement_release);

  if (!load_lines (db, invoice, error))
    return NULL;
  return g_steal_pointer (&invoice);
}

/* The sort key of each CptInvoiceSort, as SQL and as read from a row. */
static const char *const sort_columns[] = {
  "i.date", "coalesce (i.number, '')", "i.customer_name COLLATE NOCASE",
  "coalesce (i.due_date, '')", "i.total",
};

static void
bind_sort_key (sqlite3_stmt     *stmt,
               int               index,
               CptInvoiceSort    sort,
               CptInvoice       *row)
{
  switch (sort)
    {
    case CPT_INVOICE_SORT_DATE:
      sqlite3_bind_text (stmt, index, cpt_invoice_get_date (row), -1, SQLITE_TRANSIENT);
      break;
    case CPT_INVOICE_SORT_NUMBER:
      sqlite3_bind_text (stmt, index, cpt_invoice_get_number (row) ? cpt_invoice_get_number (row) : "",
                         -1, SQLITE_TRANSIENT);
      break;
    case CPT_INVOICE_SORT_CUSTOMER:
      sqlite3_bind_text (stmt, index, cpt_invoice_get_customer_name (row), -1, SQLITE_TRANSIENT);
      break;
    case CPT_INVOICE_SORT_DUE_DATE:
      sqlite3_bind_text (stmt, index, cpt_invoice_get_due_date (row) ? cpt_invoice_get_due_date (row) : "",
                         -1, SQLITE_TRANSIENT);
      break;
    case CPT_INVOICE_SORT_TOTAL:
      sqlite3_bind_int64 (stmt, index, cpt_invoice_get_total (row));
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
run_query (CptDatabase            *db,
           const CptInvoiceQuery  *query,
           const char             *columns,
           CptInvoice             *after,
           guint                   limit,
           GPtrArray              *rows,
           GArray                 *ids,
           GError                **error)
{
  CptInvoiceQuery all = CPT_INVOICE_QUERY_INIT;
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *pattern = NULL;
  const char *key;
  const char *dir;
  int rc;

  if (query == NULL)
    query = &all;
  g_return_val_if_fail ((guint) query->sort < G_N_ELEMENTS (sort_columns), FALSE);
  key = sort_columns[query->sort];
  dir = query->descending ? "DESC" : "ASC";
  if (query->search != NULL && *query->search != '\0')
    pattern = g_strdup_printf ("%%%s%%", query->search);

  sql = g_strdup_printf ("SELECT %s"
                         " WHERE (?1 IS NULL OR i.status = ?1) AND (?2 = 0 OR i.customer_id = ?2)"
                         " AND (?3 = 0 OR i.order_id = ?3)"
                         " AND (?4 IS NULL OR i.number LIKE ?4 OR i.order_number LIKE ?4"
                         "      OR i.customer_name LIKE ?4)"
                         " AND (?6 IS NULL OR (%s, i.id) %s (?5, ?6))"
                         " ORDER BY %s %s, i.id %s LIMIT ?7",
                         columns, key, query->descending ? "<" : ">", key, dir, dir);
  stmt = cpt_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (query->status >= 0)
    sqlite3_bind_text (stmt, 1, cpt_invoice_status_to_string (query->status), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, query->customer_id);
  sqlite3_bind_int64 (stmt, 3, query->order_id);
  if (pattern != NULL)
    sqlite3_bind_text (stmt, 4, pattern, -1, SQLITE_STATIC);
  if (after != NULL)
    {
      bind_sort_key (stmt, 5, query->sort, after);
      sqlite3_bind_int64 (stmt, 6, cpt_invoice_get_id (after));
    }
  sqlite3_bind_int64 (stmt, 7, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (rows != NULL)
        g_ptr_array_add (rows, invoice_from_row (stmt));
      else
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  return TRUE;
}

gboolean
cpt_invoice_service_next_page (CptDatabase            *db,
                               const CptInvoiceQuery  *query,
                               CptInvoice             *after,
                               guint                   limit,
                               GPtrArray             **invoices,
                               GError                **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (invoices != NULL, FALSE);

  if (!run_query (db, query, INVOICE_COLUMNS, after, limit, rows, NULL, error))
    return FALSE;
  *invoices = g_steal_pointer (&rows);
  return TRUE;
}

gboolean
cpt_invoice_service_first_page (CptDatabase            *db,
                                const CptInvoiceQuery  *query,
                                guint                   limit,
                                GPtrArray             **invoices,
                                GError                **error)
{
  return cpt_invoice_service_next_page (db, query, NULL, limit, invoices, error);
}

gboolean
cpt_invoice_service_list_ids (CptDatabase            *db,
                              const CptInvoiceQuery  *query,
                              GArray                **ids,
                              GError                **error)
{
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  if (!run_query (db, query, "i.id FROM invoices i", NULL, 0, NULL, out, error))
    return FALSE;
  *ids = g_steal_pointer (&out);
  return TRUE;
}

gboolean
cpt_invoice_service_get_rows (CptDatabase   *db,
                              const gint64  *ids,
                              guint          n_ids,
                              GPtrArray    **invoices,
                              GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CptStatement) stmt = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (invoices != NULL, FALSE);

  stmt = cpt_database_prepare (db, "SELECT " INVOICE_COLUMNS " WHERE i.id = ?", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, ids[i]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (rows, invoice_from_row (stmt));
      else if (rc != SQLITE_DONE)
        return cpt_database_set_error_code (db, rc, error);
      sqlite3_reset (stmt);
    }
  *invoices = g_steal_pointer (&rows);
  return TRUE;
}

gboolean
cpt_invoice_service_list_invoiceable_orders (CptDatabase   *db,
                                             gint64         customer_id,
                                             GArray       **order_ids,
                                             GPtrArray    **numbers,
                                             GError       **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (order_ids != NULL && numbers != NULL, FALSE);

  stmt = cpt_database_prepare (db,
                               "SELECT o.id, o.number FROM sales_orders o"
                               " WHERE o.customer_id = ? AND o.status IN ('confirmed', 'closed')"
                               " AND EXISTS (SELECT 1 FROM sales_order_lines l WHERE l.order_id = o.id"
                               "             AND l.quantity > l.quantity_invoiced)"
                               " ORDER BY o.date, o.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (texts, g_strdup (TEXT (1)));
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  *order_ids = g_steal_pointer (&ids);
  *numbers = g_steal_pointer (&texts);
  return TRUE;
}
