/* cpt-credit-note-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-credit-note-service"

#include "config.h"

#include "cpt-credit-note-service.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-history.h"
#include "cpt-invoice-service-private.h"
#include "cpt-number-series.h"
#include "cpt-order-closing.h"
#include "cpt-order-service-private.h"

#define SNAPSHOT_COLUMNS \
  "seller_name, seller_legal_form, seller_share_capital, seller_street, seller_street2," \
  " seller_postcode, seller_city, seller_country, seller_siren, seller_siret, seller_rcs_city," \
  " seller_vat_number, seller_vat_regime, seller_vat_on_debits, seller_operations, seller_iban," \
  " seller_bic, seller_email, seller_phone, seller_late_penalty_rate, seller_footer," \
  " customer_name, customer_email, customer_siren, customer_vat_number, billing_street," \
  " billing_street2, billing_postcode, billing_city, billing_country, shipping_charge," \
  " shipping_tax_id, shipping_tax_rate, shipping_tax_name, adjustment, adjustment_description," \
  " notes, sub_total, discount_total, tax_total, total"

static gboolean
run (CptDatabase  *db,
     const char   *sql,
     gint64        a,
     gint64        b,
     GError      **error)
{
  g_autoptr(CptStatement) stmt = cpt_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return cpt_invoice_sql_run (db, stmt, error);
}

/* Credit notes are numbered in date order too, and never before the invoice. */
static gboolean
check_date (CptDatabase  *db,
            gint64        invoice_id,
            const char   *date,
            GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db,
                               "SELECT 'invoice', number, date FROM invoices WHERE id = ?1 AND date > ?2"
                               " UNION ALL SELECT * FROM (SELECT 'credit', number, date FROM credit_notes"
                               " WHERE number IS NOT NULL AND date > ?2 ORDER BY date DESC LIMIT 1)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *mine = cpt_date_format (date);
      g_autofree char *other = cpt_date_format ((const char *) sqlite3_column_text (stmt, 2));

      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "invoice"))
        cpt_error_add_field (error, "date",
                             _("The credit note date %s is earlier than the date of invoice %s (%s)."),
                             mine, (const char *) sqlite3_column_text (stmt, 1), other);
      else
        cpt_error_add_field (error, "date",
                             _("The credit note date %s is earlier than that of the last credit note %s (%s): "
                               "credit notes are numbered in chronological order."),
                             mine, (const char *) sqlite3_column_text (stmt, 1), other);
      return FALSE;
    }
  return TRUE;
}

static gint64
create_in_transaction (CptDatabase  *db,
                       gint64        invoice_id,
                       const char   *reason,
                       const char   *date_in,
                       GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GArray) back = g_array_new (FALSE, FALSE, sizeof (CptLineQuantity));
  g_autofree char *invoice_number = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  CptHistoryTarget target = { .invoice_id = invoice_id };
  CptInvoiceStatus status;
  int rc;

  if (!cpt_invoice_service_lookup (db, invoice_id, &status, &invoice_number, &target.order_id, error))
    return 0;
  if (status == CPT_INVOICE_STATUS_DRAFT)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("A draft invoice has nothing to cancel: delete it instead."));
      return 0;
    }
  if (status == CPT_INVOICE_STATUS_CREDITED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The invoice %s is already cancelled by a credit note."), invoice_number);
      return 0;
    }
  if (date_in != NULL && !cpt_date_is_valid (date_in))
    {
      cpt_error_add_field (error, "date",
                           _("The credit note date « %s » is not a valid date."), date_in);
      return 0;
    }
  date = date_in != NULL ? g_strdup (date_in) : cpt_date_today ();
  if (!check_date (db, invoice_id, date, error))
    return 0;

  /* Lines go in while the credit note is a draft: once numbered, the
   * database refuses them. */
  stmt = cpt_database_prepare (db,
                               "INSERT INTO credit_notes (invoice_id, invoice_number, order_id,"
                               " customer_id, date, reason, " SNAPSHOT_COLUMNS ")"
                               " SELECT id, number, order_id, customer_id, ?2, ?3, " SNAPSHOT_COLUMNS
                               " FROM invoices WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, reason ? reason : "", -1, SQLITE_TRANSIENT);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return 0;
  target.credit_note_id = cpt_database_last_insert_id (db);
  g_clear_pointer (&stmt, cpt_statement_release);

  if (!run (db,
            "INSERT INTO credit_note_lines (credit_note_id, position, invoice_line_id, order_line_id,"
            " item_id, sku, description, quantity, unit, rate, discount, tax_id, tax_rate, tax_name,"
            " amount) SELECT ?2, position, id, order_line_id, item_id, sku, description, quantity,"
            " unit, rate, discount, tax_id, tax_rate, tax_name, amount FROM invoice_lines"
            " WHERE invoice_id = ?1", invoice_id, target.credit_note_id, error) ||
      !run (db,
            "INSERT INTO credit_note_taxes (credit_note_id, tax_id, name, rate, category,"
            " legal_mention, base, amount) SELECT ?2, tax_id, name, rate, category, legal_mention,"
            " base, amount FROM invoice_taxes WHERE invoice_id = ?1",
            invoice_id, target.credit_note_id, error))
    return 0;

  if (!cpt_number_series_take_next (db, "creditnote", date, &number, error))
    return 0;
  stmt = cpt_database_prepare (db,
                               "UPDATE credit_notes SET number = ?2, status = 'issued', issued_at = ?3"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, target.credit_note_id);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return 0;
  g_clear_pointer (&stmt, cpt_statement_release);

  if (!run (db, "UPDATE invoices SET status = 'credited', credited_by = ?2 WHERE id = ?1",
            invoice_id, target.credit_note_id, error))
    return 0;

  /* The credited quantities are to invoice again. */
  stmt = cpt_database_prepare (db,
                               "SELECT order_line_id, quantity FROM invoice_lines"
                               " WHERE invoice_id = ? AND order_line_id IS NOT NULL", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, invoice_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CptLineQuantity q = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_val (back, q);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error_code (db, rc, error);
      return 0;
    }
  g_clear_pointer (&stmt, cpt_statement_release);
  for (guint i = 0; i < back->len; i++)
    {
      CptLineQuantity *q = &g_array_index (back, CptLineQuantity, i);

      if (!cpt_order_service_add_line_quantities (db, q->line_id, 0, -q->quantity, error))
        return 0;
    }

  text = g_strdup_printf (_("Invoice %s cancelled by credit note %s"), invoice_number, number);
  if (!cpt_history_add (db, &target, "credited", text, error))
    return 0;
  if (target.order_id > 0 && !cpt_order_closing_apply (db, target.order_id, number, error))
    return 0;
  return target.credit_note_id;
}

gint64
cpt_credit_note_service_create (CptDatabase  *db,
                                gint64        invoice_id,
                                const char   *reason,
                                const char   *date,
                                GError      **error)
{
  gint64 id;

  g_return_val_if_fail (CPT_IS_DATABASE (db), 0);

  if (!cpt_database_begin (db, error))
    return 0;
  id = create_in_transaction (db, invoice_id, reason, date, error);
  if (id == 0)
    {
      cpt_database_rollback (db);
      return 0;
    }
  cpt_database_mark_changed (db, "credit_notes");
  cpt_database_mark_changed (db, "invoices");
  cpt_database_mark_changed (db, "orders");
  return cpt_database_commit (db, error) ? id : 0;
}

static gboolean
mark_sent_in_transaction (CptDatabase  *db,
                          gint64        credit_note_id,
                          const char   *recipient,
                          GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  CptHistoryTarget target = { .credit_note_id = credit_note_id };

  stmt = cpt_database_prepare (db, "SELECT number, order_id FROM credit_notes WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, credit_note_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                   _("The credit note %lld does not exist."), (long long) credit_note_id);
      return FALSE;
    }
  number = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  target.order_id = sqlite3_column_int64 (stmt, 1);
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db, "UPDATE credit_notes SET status = 'sent', sent_at = ?2 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, credit_note_id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  if (!cpt_invoice_sql_run (db, stmt, error))
    return FALSE;

  text = g_strdup_printf (_("Credit note %s sent to %s"), number, recipient ? recipient : "");
  return cpt_history_add (db, &target, "sent", text, error);
}

gboolean
cpt_credit_note_service_mark_sent (CptDatabase  *db,
                                   gint64        credit_note_id,
                                   const char   *recipient,
                                   GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!mark_sent_in_transaction (db, credit_note_id, recipient, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  cpt_database_mark_changed (db, "credit_notes");
  return cpt_database_commit (db, error);
}

#define TEXT(n) ((const char *) sqlite3_column_text (stmt, (n)))

#define CREDIT_NOTE_COLUMNS \
  "c.id, c.number, c.status, c.invoice_id, c.invoice_number, c.order_id, o.number, c.customer_id," \
  " c.customer_name, c.customer_email, c.customer_siren, c.customer_vat_number, c.date, c.reason," \
  " c.issued_at, c.billing_street, c.billing_street2, c.billing_postcode, c.billing_city," \
  " c.billing_country, c.shipping_charge, c.shipping_tax_id, c.shipping_tax_rate," \
  " c.shipping_tax_name, c.adjustment, c.adjustment_description, c.notes, c.sub_total," \
  " c.discount_total, c.tax_total, c.total," \
  " c.seller_name, c.seller_legal_form, c.seller_share_capital, c.seller_street, c.seller_street2," \
  " c.seller_postcode, c.seller_city, c.seller_country, c.seller_siren, c.seller_siret," \
  " c.seller_rcs_city, c.seller_vat_number, c.seller_vat_regime, c.seller_vat_on_debits," \
  " c.seller_operations, c.seller_iban, c.seller_bic, c.seller_email, c.seller_phone," \
  " c.seller_late_penalty_rate, c.seller_footer" \
  " FROM credit_notes c LEFT JOIN sales_orders o ON o.id = c.order_id"

static CptCreditNote *
credit_note_from_row (sqlite3_stmt *stmt)
{
  CptCreditNote *note = cpt_credit_note_new ();
  g_autoptr(CptAddress) billing = cpt_order_sql_address (stmt, 15);
  g_autoptr(CptAddress) seller_address = cpt_order_sql_address (stmt, 34);

  g_object_set (note,
                "id", sqlite3_column_int64 (stmt, 0),
                "number", TEXT (1),
                "status", TEXT (2),
                "invoice-id", sqlite3_column_int64 (stmt, 3),
                "invoice-number", TEXT (4),
                "order-id", sqlite3_column_int64 (stmt, 5),
                "order-number", TEXT (6),
                "customer-id", sqlite3_column_int64 (stmt, 7),
                "customer-name", TEXT (8),
                "customer-email", TEXT (9),
                "customer-siren", TEXT (10),
                "customer-vat-number", TEXT (11),
                "date", TEXT (12),
                "reason", TEXT (13),
                "issued-at", TEXT (14),
                "billing-address", billing,
                "shipping-charge", sqlite3_column_int64 (stmt, 20),
                "shipping-tax-id", sqlite3_column_int64 (stmt, 21),
                "shipping-tax-rate", sqlite3_column_int (stmt, 22),
                "shipping-tax-name", TEXT (23),
                "adjustment", sqlite3_column_int64 (stmt, 24),
                "adjustment-description", TEXT (25),
                "notes", TEXT (26),
                "sub-total", sqlite3_column_int64 (stmt, 27),
                "discount-total", sqlite3_column_int64 (stmt, 28),
                "tax-total", sqlite3_column_int64 (stmt, 29),
                "total", sqlite3_column_int64 (stmt, 30),
                NULL);
  g_object_set (cpt_credit_note_get_seller (note),
                "name", TEXT (31),
                "legal-form", TEXT (32),
                "share-capital", sqlite3_column_int64 (stmt, 33),
                "address", seller_address,
                "siren", TEXT (39),
                "siret", TEXT (40),
                "rcs-city", TEXT (41),
                "vat-number", TEXT (42),
                "vat-regime", TEXT (43),
                "vat-on-debits", sqlite3_column_int (stmt, 44) != 0,
                "operations", TEXT (45),
                "iban", TEXT (46),
                "bic", TEXT (47),
                "email", TEXT (48),
                "phone", TEXT (49),
                "late-penalty-rate", sqlite3_column_int (stmt, 50),
                "footer", TEXT (51),
                NULL);
  return note;
}

CptCreditNote *
cpt_credit_note_service_get (CptDatabase  *db,
                             gint64        credit_note_id,
                             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptCreditNote) note = NULL;
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db, "SELECT " CREDIT_NOTE_COLUMNS " WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, credit_note_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                     _("The credit note %lld does not exist."), (long long) credit_note_id);
      else
        cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  note = credit_note_from_row (stmt);
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db,
                               "SELECT id, order_line_id, invoice_line_id, item_id, sku, description,"
                               " quantity, unit, rate, discount, tax_id, tax_rate, tax_name, amount"
                               " FROM credit_note_lines WHERE credit_note_id = ? ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, credit_note_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CptInvoiceLine) line =
        g_object_new (CPT_TYPE_INVOICE_LINE,
                      "id", sqlite3_column_int64 (stmt, 0),
                      "order-line-id", sqlite3_column_int64 (stmt, 1),
                      "invoice-line-id", sqlite3_column_int64 (stmt, 2),
                      "item-id", sqlite3_column_int64 (stmt, 3),
                      "sku", TEXT (4),
                      "description", TEXT (5),
                      "quantity", sqlite3_column_int64 (stmt, 6),
                      "unit", TEXT (7),
                      "rate", sqlite3_column_int64 (stmt, 8),
                      "discount", sqlite3_column_int (stmt, 9),
                      "tax-id", sqlite3_column_int64 (stmt, 10),
                      "tax-rate", sqlite3_column_int (stmt, 11),
                      "tax-name", TEXT (12),
                      "amount", sqlite3_column_int64 (stmt, 13),
                      NULL);
      cpt_credit_note_add_line (note, line);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  g_clear_pointer (&stmt, cpt_statement_release);

  stmt = cpt_database_prepare (db,
                               "SELECT tax_id, name, rate, category, legal_mention, base, amount"
                               " FROM credit_note_taxes WHERE credit_note_id = ? ORDER BY rate DESC, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, credit_note_id);
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
      cpt_credit_note_add_taxe (note, tax);
    }
  if (rc != SQLITE_DONE)
    {
      cpt_database_set_error_code (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&note);
}

gboolean
cpt_credit_note_service_list (CptDatabase               *db,
                              const CptCreditNoteQuery  *query,
                              CptCreditNote             *after,
                              guint                      limit,
                              GPtrArray                **credit_notes,
                              GError                   **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *pattern = NULL;
  CptCreditNoteQuery all = { 0 };
  int rc;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (credit_notes != NULL, FALSE);

  if (query == NULL)
    query = &all;
  if (query->search != NULL && *query->search != '\0')
    pattern = g_strdup_printf ("%%%s%%", query->search);

  stmt = cpt_database_prepare (db,
                               "SELECT " CREDIT_NOTE_COLUMNS
                               " WHERE (?1 = 0 OR c.invoice_id = ?1) AND (?2 = 0 OR c.order_id = ?2)"
                               " AND (?3 = 0 OR c.customer_id = ?3)"
                               " AND (?4 IS NULL OR c.number LIKE ?4 OR c.invoice_number LIKE ?4"
                               "      OR c.customer_name LIKE ?4)"
                               " AND (?6 IS NULL OR (c.date, c.id) < (?5, ?6))"
                               " ORDER BY c.date DESC, c.id DESC LIMIT ?7", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, query->invoice_id);
  sqlite3_bind_int64 (stmt, 2, query->order_id);
  sqlite3_bind_int64 (stmt, 3, query->customer_id);
  if (pattern != NULL)
    sqlite3_bind_text (stmt, 4, pattern, -1, SQLITE_STATIC);
  if (after != NULL)
    {
      sqlite3_bind_text (stmt, 5, cpt_credit_note_get_date (after), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 6, cpt_credit_note_get_id (after));
    }
  sqlite3_bind_int64 (stmt, 7, limit > 0 ? (gint64) limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, credit_note_from_row (stmt));
  if (rc != SQLITE_DONE)
    return cpt_database_set_error_code (db, rc, error);
  *credit_notes = g_steal_pointer (&rows);
  return TRUE;
}
