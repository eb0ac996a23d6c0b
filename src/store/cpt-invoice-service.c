/* cpt-invoice-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice-service"

#include "config.h"

#include "cpt-invoice-service.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-history.h"
#include "cpt-invoice-service-private.h"
#include "cpt-money.h"
#include "cpt-number-series.h"
#include "cpt-order-closing.h"
#include "cpt-order-service-private.h"

gboolean
cpt_invoice_sql_run (CptDatabase   *db,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return cpt_database_set_error_code (db, rc, error);
  return TRUE;
}

gboolean
cpt_invoice_service_lookup (CptDatabase       *db,
                            gint64             invoice_id,
                            CptInvoiceStatus  *status,
                            char             **number,
                            gint64            *order_id,
                            GError           **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db, "SELECT status, number, order_id FROM invoices WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The invoice %lld does not exist."), (long long) invoice_id);
      return FALSE;
    }
  *status = CPT_INVOICE_STATUS_DRAFT;
  cpt_invoice_status_from_string ((const char *) sqlite3_column_text (stmt, 0), status);
  if (number != NULL)
    *number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (order_id != NULL)
    *order_id = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

/* How a draft is named in messages before it has a number. */
static char *
invoice_name (gint64      invoice_id,
              const char *number)
{
  if (number != NULL && *number != '\0')
    return g_strdup (number);
  return g_strdup_printf (_("draft %lld"), (long long) invoice_id);
}

static gboolean
check_order_invoiceable (CptOrder  *order,
                         GError   **error)
{
  CptOrderStatus status = cpt_order_get_status (order);

  /* An order closed by the rule « fully shipped » may still be invoiced. */
  if (status != CPT_ORDER_STATUS_CONFIRMED && status != CPT_ORDER_STATUS_CLOSED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("Order %s is %s: only a confirmed order can be invoiced."),
                   cpt_order_get_number (order), cpt_order_status_get_label (status));
      return FALSE;
    }
  return TRUE;
}

static char *
due_date (CptDatabase *db,
          gint64       payment_terms_id,
          const char  *date)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db, "SELECT days, end_of_month FROM payment_terms WHERE id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, payment_terms_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        return cpt_date_due (date, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1));
    }
  /* Without payment terms the invoice is due on receipt. */
  return g_strdup (date);
}

/* Replaces the draft's lines by @taken of each order line (a zero takes no line). */
static gboolean
write_lines (CptDatabase  *db,
             gint64        invoice_id,
             GPtrArray    *order_lines,
             GArray       *taken,
             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int position = 0;

  stmt = cpt_database_prepare (db, "DELETE FROM invoice_lines WHERE invoice_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db,
                               "INSERT INTO invoice_lines (invoice_id, position, order_line_id, item_id,"
                               " sku, description, quantity, unit, rate, discount, tax_id, tax_rate,"
                               " tax_name)"
                               " SELECT ?1, ?2, l.id, l.item_id, coalesce (i.sku, ''), l.description, ?3,"
                               " l.unit, l.rate, l.discount, l.tax_id, l.tax_rate, l.tax_name"
                               " FROM sales_order_lines l LEFT JOIN items i ON i.id = l.item_id"
                               " WHERE l.id = ?4", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < order_lines->len; i++)
    {
      gint64 quantity = g_array_index (taken, gint64, i);

      if (quantity == 0)
        continue;
      sqlite3_bind_int64 (stmt, 1, invoice_id);
      sqlite3_bind_int (stmt, 2, position++);
      sqlite3_bind_int64 (stmt, 3, quantity);
      sqlite3_bind_int64 (stmt, 4, cpt_order_line_get_id (g_ptr_array_index (order_lines, i)));
      if (!cpt_invoice_sql_run (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
insert_draft (CptDatabase  *db,
              CptOrder     *order,
              const char   *date,
              GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *due = due_date (db, cpt_order_get_payment_terms_id (order), date);

  /* Customer and addresses as on the order (the order keeps its own copy). */
  stmt = cpt_database_prepare (db,
                               "INSERT INTO invoices (order_id, customer_id, date, due_date,"
                               " payment_terms_id, payment_terms_name, reference, order_number,"
                               " customer_name, customer_email, customer_siren, customer_vat_number,"
                               " billing_street, billing_street2, billing_postcode, billing_city,"
                               " billing_country, shipping_street, shipping_street2, shipping_postcode,"
                               " shipping_city, shipping_country, notes, terms, delivery_date)"
                               " SELECT o.id, o.customer_id, ?2, ?3, o.payment_terms_id,"
                               " coalesce (pt.name, ''), o.reference, o.number, o.customer_name,"
                               " o.customer_email, coalesce (c.siren, ''), coalesce (c.vat_number, ''),"
                               " o.billing_street, o.billing_street2, o.billing_postcode, o.billing_city,"
                               " o.billing_country, o.shipping_street, o.shipping_street2,"
                               " o.shipping_postcode, o.shipping_city, o.shipping_country, o.notes, o.terms,"
                               " (SELECT max (s.date) FROM shipments s WHERE s.order_id = o.id)"
                               " FROM sales_orders o LEFT JOIN customers c ON c.id = o.customer_id"
                               " LEFT JOIN payment_terms pt ON pt.id = o.payment_terms_id"
                               " WHERE o.id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, cpt_order_get_id (order));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, due, -1, SQLITE_TRANSIENT);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return 0;
  return cpt_database_last_insert_id (db);
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (date != NULL && !cpt_date_is_valid (date))
    {
      cpt_error_add_field (error, "date",
                           _("The invoice date « %s » is not a valid date."), date);
      return FALSE;
    }
  return TRUE;
}

static gint64
create_draft_in_transaction (CptDatabase              *db,
                             gint64                    order_id,
                             const CptInvoiceRequest  *request,
                             gboolean                  stays_draft,
                             GError                  **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) taken = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  CptHistoryTarget target = { .order_id = order_id };

  order = cpt_order_service_load (db, order_id, error);
  if (order == NULL || !check_order_invoiceable (order, error) || !check_date (request->date, error))
    return 0;
  date = request->date != NULL ? g_strdup (request->date) : cpt_date_today ();

  lines = cpt_order_service_load_lines (db, order_id, error);
  if (lines == NULL)
    return 0;
  taken = cpt_line_quantity_resolve (lines, request->lines, request->n_lines,
                                     CPT_LINE_QUANTITY_TO_INVOICE, NULL,
                                     cpt_order_get_number (order), error);
  if (taken == NULL)
    return 0;

  target.invoice_id = insert_draft (db, order, date, error);
  if (target.invoice_id == 0 ||
      !write_lines (db, target.invoice_id, lines, taken, error) ||
      !cpt_invoice_compute_totals (db, target.invoice_id, order_id, error))
    return 0;

  /* An invoice issued at once only needs its « invoiced » line. */
  if (stays_draft)
    {
      text = g_strdup_printf (_("Invoice draft created from order %s"), cpt_order_get_number (order));
      if (!cpt_history_add (db, &target, "invoice_created", text, error))
        return 0;
    }
  return target.invoice_id;
}

/* The issue date may not precede the last issued invoice's: numbers and
 * dates go up together. */
static gboolean
check_chronology (CptDatabase  *db,
                  const char   *date,
                  GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db,
                               "SELECT number, date FROM invoices WHERE number IS NOT NULL"
                               " ORDER BY date DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 (date, (const char *) sqlite3_column_text (stmt, 1)) < 0)
    {
      g_autofree char *mine = cpt_date_format (date);
      g_autofree char *last = cpt_date_format ((const char *) sqlite3_column_text (stmt, 1));

      cpt_error_add_field (error, "date",
                           _("The invoice date %s is earlier than that of the last issued invoice %s (%s): "
                             "invoices are numbered in chronological order."),
                           mine, (const char *) sqlite3_column_text (stmt, 0), last);
      return FALSE;
    }
  return TRUE;
}

/* Another invoice may have been issued since the draft was made. */
static gboolean
check_still_remaining (CptDatabase  *db,
                       gint64        invoice_id,
                       GArray       *back,
                       GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT il.order_line_id, il.quantity, l.quantity - l.quantity_invoiced,"
                               " (SELECT count (*) FROM sales_order_lines p WHERE p.order_id = l.order_id"
                               "  AND (p.position, p.id) < (l.position, l.id)), l.description"
                               " FROM invoice_lines il JOIN sales_order_lines l ON l.id = il.order_line_id"
                               " WHERE il.invoice_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CptLineQuantity q = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      gint64 left = sqlite3_column_int64 (stmt, 2);

      if (q.quantity > left)
        {
          g_autofree char *wanted = cpt_quantity_format (q.quantity);
          g_autofree char *left_text = cpt_quantity_format (MAX (left, 0));

          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("Line %u (%s): %s to invoice, but only %s remain to be invoiced."),
                       (guint) sqlite3_column_int (stmt, 3) + 1,
                       (const char *) sqlite3_column_text (stmt, 4), wanted, left_text);
          return FALSE;
        }
      g_array_append_val (back, q);
    }
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  return TRUE;
}

static gboolean
issue_in_transaction (CptDatabase  *db,
                      gint64        invoice_id,
                      GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GArray) quantities = g_array_new (FALSE, FALSE, sizeof (CptLineQuantity));
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  CptHistoryTarget target = { .invoice_id = invoice_id };
  CptInvoiceStatus status;

  if (!cpt_invoice_service_lookup (db, invoice_id, &status, &number, &target.order_id, error))
    return FALSE;
  if (status != CPT_INVOICE_STATUS_DRAFT)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE, _("The invoice %s is already issued."), number);
      return FALSE;
    }

  stmt = cpt_database_prepare (db, "SELECT date FROM invoices WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return cpt_database_set_error (db, error);
  date = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, cpt_statement_release);

  order = cpt_order_service_load (db, target.order_id, error);
  if (order == NULL || !check_order_invoiceable (order, error) ||
      !check_chronology (db, date, error) ||
      !check_still_remaining (db, invoice_id, quantities, error) ||
      !cpt_invoice_compute_totals (db, invoice_id, target.order_id, error))
    return FALSE;

  /* The seller as it is today is what the invoice prints, for good; so is
   * the delivery date, since the order may have shipped after the draft. */
  stmt = cpt_database_prepare (db,
                               "UPDATE invoices SET seller_name = c.name, seller_legal_form = c.legal_form,"
                               " seller_share_capital = c.share_capital, seller_street = c.street,"
                               " seller_street2 = c.street2, seller_postcode = c.postcode,"
                               " seller_city = c.city, seller_country = c.country, seller_siren = c.siren,"
                               " seller_siret = c.siret, seller_rcs_city = c.rcs_city,"
                               " seller_vat_number = c.vat_number, seller_vat_regime = c.vat_regime,"
                               " seller_vat_on_debits = c.vat_on_debits, seller_operations = c.operations,"
                               " seller_iban = c.iban, seller_bic = c.bic, seller_email = c.email,"
                               " seller_phone = c.phone, seller_late_penalty_rate = c.late_penalty_rate,"
                               " seller_footer = c.footer, delivery_date ="
                               " (SELECT max (s.date) FROM shipments s WHERE s.order_id = invoices.order_id)"
                               " FROM company c WHERE c.id = 1 AND invoices.id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, cpt_statement_release);

  g_clear_pointer (&number, g_free);
  if (!cpt_number_series_take_next (db, "invoice", date, &number, error))
    return FALSE;
  stmt = cpt_database_prepare (db,
                               "UPDATE invoices SET number = ?2, status = 'issued', issued_at = ?3,"
                               " updated_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return FALSE;

  for (guint i = 0; i < quantities->len; i++)
    {
      CptLineQuantity *q = &g_array_index (quantities, CptLineQuantity, i);

      if (!cpt_order_service_add_line_quantities (db, q->line_id, 0, q->quantity, error))
        return FALSE;
    }

  text = g_strdup_printf (_("Invoiced (%s)"), number);
  return cpt_history_add (db, &target, "invoiced", text, error) &&
         cpt_order_closing_apply (db, target.order_id, number, error);
}

static void
mark_changed (CptDatabase *db)
{
  cpt_database_mark_changed (db, "invoices");
  cpt_database_mark_changed (db, "orders");
}

gint64
cpt_invoice_service_create_draft (CptDatabase              *db,
                                  gint64                    order_id,
                                  const CptInvoiceRequest  *request,
                                  GError                  **error)
{
  CptInvoiceRequest everything = { 0 };
  gint64 invoice_id;

  g_return_val_if_fail (CPT_IS_DATABASE (db), 0);

  if (!cpt_database_begin (db, error))
    return 0;
  invoice_id = create_draft_in_transaction (db, order_id, request ? request : &everything, TRUE, error);
  if (invoice_id == 0)
    {
      cpt_database_rollback (db);
      return 0;
    }
  mark_changed (db);
  return cpt_database_commit (db, error) ? invoice_id : 0;
}

gint64
cpt_invoice_service_create_issued (CptDatabase              *db,
                                   gint64                    order_id,
                                   const CptInvoiceRequest  *request,
                                   GError                  **error)
{
  CptInvoiceRequest everything = { 0 };
  gint64 invoice_id;

  g_return_val_if_fail (CPT_IS_DATABASE (db), 0);

  if (!cpt_database_begin (db, error))
    return 0;
  invoice_id = create_draft_in_transaction (db, order_id, request ? request : &everything, FALSE, error);
  if (invoice_id == 0 || !issue_in_transaction (db, invoice_id, error))
    {
      cpt_database_rollback (db);
      return 0;
    }
  mark_changed (db);
  return cpt_database_commit (db, error) ? invoice_id : 0;
}

gboolean
cpt_invoice_service_issue (CptDatabase  *db,
                           gint64        invoice_id,
                           GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!issue_in_transaction (db, invoice_id, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  mark_changed (db);
  return cpt_database_commit (db, error);
}

static gboolean
check_draft (CptDatabase  *db,
             gint64        invoice_id,
             gint64       *order_id,
             GError      **error)
{
  g_autofree char *number = NULL;
  CptInvoiceStatus status;

  if (!cpt_invoice_service_lookup (db, invoice_id, &status, &number, order_id, error))
    return FALSE;
  if (status != CPT_INVOICE_STATUS_DRAFT)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The invoice %s is issued: it can no longer be changed or deleted; "
                     "issue a credit note to cancel it."), number);
      return FALSE;
    }
  return TRUE;
}

static gboolean
update_draft_in_transaction (CptDatabase              *db,
                             gint64                    invoice_id,
                             const CptInvoiceRequest  *request,
                             GError                  **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) taken = NULL;
  gint64 order_id;

  if (!check_draft (db, invoice_id, &order_id, error) || !check_date (request->date, error))
    return FALSE;
  order = cpt_order_service_load (db, order_id, error);
  if (order == NULL)
    return FALSE;
  lines = cpt_order_service_load_lines (db, order_id, error);
  if (lines == NULL)
    return FALSE;
  taken = cpt_line_quantity_resolve (lines, request->lines, request->n_lines,
                                     CPT_LINE_QUANTITY_TO_INVOICE, NULL,
                                     cpt_order_get_number (order), error);
  if (taken == NULL)
    return FALSE;

  if (request->date != NULL)
    {
      g_autofree char *due = due_date (db, cpt_order_get_payment_terms_id (order), request->date);

      stmt = cpt_database_prepare (db, "UPDATE invoices SET date = ?2, due_date = ?3 WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, invoice_id);
      sqlite3_bind_text (stmt, 2, request->date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, due, -1, SQLITE_TRANSIENT);
      if (!cpt_invoice_sql_run (db, stmt, error))
        return FALSE;
    }

  return write_lines (db, invoice_id, lines, taken, error) &&
         cpt_invoice_compute_totals (db, invoice_id, order_id, error);
}

gboolean
cpt_invoice_service_update_draft (CptDatabase              *db,
                                  gint64                    invoice_id,
                                  const CptInvoiceRequest  *request,
                                  GError                  **error)
{
  CptInvoiceRequest everything = { 0 };

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!update_draft_in_transaction (db, invoice_id, request ? request : &everything, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  mark_changed (db);
  return cpt_database_commit (db, error);
}

static gboolean
delete_draft_in_transaction (CptDatabase  *db,
                             gint64        invoice_id,
                             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  gint64 order_id;

  if (!check_draft (db, invoice_id, &order_id, error))
    return FALSE;
  stmt = cpt_database_prepare (db, "DELETE FROM invoices WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  return cpt_invoice_sql_run (db, stmt, error);
}

gboolean
cpt_invoice_service_delete_draft (CptDatabase  *db,
                                  gint64        invoice_id,
                                  GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!delete_draft_in_transaction (db, invoice_id, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  mark_changed (db);
  return cpt_database_commit (db, error);
}

static gboolean
set_status_in_transaction (CptDatabase       *db,
                           gint64             invoice_id,
                           CptInvoiceStatus   new_status,
                           const char        *value,
                           GError           **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;
  CptHistoryTarget target = { .invoice_id = invoice_id };
  CptInvoiceStatus status;

  if (!cpt_invoice_service_lookup (db, invoice_id, &status, &number, &target.order_id, error))
    return FALSE;
  name = invoice_name (invoice_id, number);

  if (status == CPT_INVOICE_STATUS_DRAFT)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The invoice %s is a draft: issue it first."), name);
      return FALSE;
    }
  if (status == CPT_INVOICE_STATUS_CREDITED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The invoice %s is cancelled by a credit note."), name);
      return FALSE;
    }

  if (new_status == CPT_INVOICE_STATUS_PAID)
    {
      if (value != NULL && !cpt_date_is_valid (value))
        {
          cpt_error_add_field (error, "date",
                               _("The payment date « %s » is not a valid date."), value);
          return FALSE;
        }
      day = value != NULL ? g_strdup (value) : cpt_date_today ();
      stmt = cpt_database_prepare (db,
                                   "UPDATE invoices SET status = 'paid', paid_date = ?2 WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
      {
        g_autofree char *shown = cpt_date_format (day);
        text = g_strdup_printf (_("Paid on %s"), shown);
      }
    }
  else
    {
      g_autofree char *now = cpt_database_dup_timestamp_now ();

      /* A paid invoice sent again stays paid. */
      stmt = cpt_database_prepare (db,
                                   "UPDATE invoices SET status = CASE status WHEN 'issued' THEN 'sent'"
                                   " ELSE status END, sent_at = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      text = g_strdup_printf (_("Invoice %s sent to %s"), number, value ? value : "");
    }
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return FALSE;

  return cpt_history_add (db, &target, new_status == CPT_INVOICE_STATUS_PAID ? "paid" : "sent",
                          text, error);
}

gboolean
cpt_invoice_service_mark_sent (CptDatabase  *db,
                               gint64        invoice_id,
                               const char   *recipient,
                               GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!set_status_in_transaction (db, invoice_id, CPT_INVOICE_STATUS_SENT, recipient, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  mark_changed (db);
  return cpt_database_commit (db, error);
}

gboolean
cpt_invoice_service_mark_paid (CptDatabase  *db,
                               gint64        invoice_id,
                               const char   *date,
                               GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!set_status_in_transaction (db, invoice_id, CPT_INVOICE_STATUS_PAID, date, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  mark_changed (db);
  return cpt_database_commit (db, error);
}
