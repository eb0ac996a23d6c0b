/* cpt-order-service-save.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-service-save"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-number-series.h"
#include "cpt-order-service-private.h"
#include "cpt-totals.h"

/* Validation, totals and the rows of one order. Everything the user typed
 * is checked here, before the first write, so a refusal costs nothing; the
 * CHECK constraints of the schema are the second line of defence. */

/* One line's tax as it was when the order was saved. */
typedef struct
{
  gint64  id;
  gint32  rate;
  char   *name;
} TaxSnapshot;

static void
tax_snapshot_clear (TaxSnapshot *tax)
{
  g_clear_pointer (&tax->name, g_free);
}

/* The largest quantity accepted: a billion units keeps every product of
 * quantity × price far from overflowing in cpt_totals_compute. */
#define MAX_QUANTITY ((gint64) 1000000000 * 1000)

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Looks a tax up: it must exist and be active. */
static gboolean
lookup_tax (CptDatabase  *db,
            gint64        tax_id,
            const char   *what,
            TaxSnapshot  *tax,
            GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean active;

  stmt = cpt_database_prepare (db, "SELECT name, rate, active FROM taxes WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tax_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   /* Translators: the first %s is "Line 2" or "Shipping charges" */
                   _("%s: the tax %lld is unknown."), what, (long long) tax_id);
      return FALSE;
    }
  tax->id = tax_id;
  tax->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  tax->rate = sqlite3_column_int (stmt, 1);
  active = sqlite3_column_int (stmt, 2);
  sqlite3_reset (stmt);
  if (!active)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("%s: the tax « %s » is no longer active."), what, tax->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
row_exists (CptDatabase  *db,
            const char   *sql,
            gint64        id,
            gboolean     *exists,
            GError      **error)
{
  sqlite3_stmt *stmt = cpt_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  *exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return TRUE;
}

static void
bind_address (sqlite3_stmt     *stmt,
              int               first,
              const CptAddress *address)
{
  bind_text (stmt, first, address ? address->street : NULL);
  bind_text (stmt, first + 1, address ? address->street2 : NULL);
  bind_text (stmt, first + 2, address ? address->postcode : NULL);
  bind_text (stmt, first + 3, address ? address->city : NULL);
  bind_text (stmt, first + 4, address ? address->country : NULL);
}

/* Fills what the order takes from its customer when it has not its own:
 * name, e-mail, both addresses and the payment terms. */
static gboolean
apply_customer (CptDatabase  *db,
                CptOrder     *order,
                GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = cpt_database_prepare (db,
                               "SELECT display_name, email,"
                               " billing_street, billing_street2, billing_postcode,"
                               " billing_city, billing_country,"
                               " shipping_street, shipping_street2, shipping_postcode,"
                               " shipping_city, shipping_country, payment_terms_id"
                               " FROM customers WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cpt_order_get_customer_id (order));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (cpt_order_get_customer_id (order) <= 0)
        g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                             _("Choose a customer for the order."));
      else
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("The customer %lld does not exist."),
                     (long long) cpt_order_get_customer_id (order));
      return FALSE;
    }

  if (is_blank (cpt_order_get_customer_name (order)))
    cpt_order_set_customer_name (order, (const char *) sqlite3_column_text (stmt, 0));
  if (cpt_order_get_customer_email (order) == NULL)
    cpt_order_set_customer_email (order, (const char *) sqlite3_column_text (stmt, 1));
  if (cpt_order_get_billing_address (order) == NULL)
    {
      g_autoptr(CptAddress) address = cpt_order_sql_address (stmt, 2);
      cpt_order_set_billing_address (order, address);
    }
  if (cpt_order_get_shipping_address (order) == NULL)
    {
      g_autoptr(CptAddress) address = cpt_order_sql_address (stmt, 7);
      cpt_order_set_shipping_address (order, address);
    }
  if (cpt_order_get_payment_terms_id (order) == 0)
    cpt_order_set_payment_terms_id (order, sqlite3_column_int64 (stmt, 12));
  sqlite3_reset (stmt);
  return TRUE;
}

/* Header fields that do not depend on the lines: every refusal is
 * collected, naming its field. */
static gboolean
check_header (CptDatabase  *db,
              CptOrder     *order,
              GError      **error)
{
  g_autoptr(GError) problems = NULL;
  gboolean exists;

  if (!cpt_date_is_valid (cpt_order_get_date (order)))
    cpt_error_add_field (&problems, "date",
                         _("The order date « %s » is not a valid date."),
                         cpt_order_get_date (order) ? cpt_order_get_date (order) : "");
  if (!is_blank (cpt_order_get_shipment_date (order))
      && !cpt_date_is_valid (cpt_order_get_shipment_date (order)))
    cpt_error_add_field (&problems, "shipment_date",
                         _("The expected shipment date « %s » is not a valid date."),
                         cpt_order_get_shipment_date (order));

  switch (cpt_order_get_discount_kind (order))
    {
    case CPT_DISCOUNT_NONE:
      cpt_order_set_discount_value (order, 0);
      break;
    case CPT_DISCOUNT_PERCENT:
      if (cpt_order_get_discount_value (order) < 0
          || cpt_order_get_discount_value (order) > CPT_PERCENT_HUNDRED)
        cpt_error_add_field (&problems, "discount", "%s",
                             _("The order discount must be between 0 and 100 %."));
      break;
    case CPT_DISCOUNT_AMOUNT:
      if (cpt_order_get_discount_value (order) < 0)
        cpt_error_add_field (&problems, "discount", "%s",
                             _("The order discount cannot be negative."));
      break;
    default:
      cpt_error_add_field (&problems, "discount", "%s",
                           _("The order discount must be a percentage or an amount."));
    }

  if (cpt_order_get_shipping_charge (order) < 0)
    cpt_error_add_field (&problems, "shipping_charge", "%s",
                         _("The shipping charges cannot be negative."));

  if (cpt_order_get_delivery_method_id (order) > 0)
    {
      if (!row_exists (db, "SELECT 1 FROM delivery_methods WHERE id = ?",
                       cpt_order_get_delivery_method_id (order), &exists, error))
        return FALSE;
      if (!exists)
        cpt_error_add_field (&problems, "delivery_method_id",
                             _("The delivery method %lld does not exist."),
                             (long long) cpt_order_get_delivery_method_id (order));
    }
  if (cpt_order_get_payment_terms_id (order) > 0)
    {
      if (!row_exists (db, "SELECT 1 FROM payment_terms WHERE id = ?",
                       cpt_order_get_payment_terms_id (order), &exists, error))
        return FALSE;
      if (!exists)
        cpt_error_add_field (&problems, "payment_terms_id",
                             _("The payment terms %lld do not exist."),
                             (long long) cpt_order_get_payment_terms_id (order));
    }
  return cpt_error_finish (&problems, error);
}

/* The order's warehouse, or the default one (then the first active). */
static gboolean
check_warehouse (CptDatabase  *db,
                 CptOrder     *order,
                 GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean exists;

  if (cpt_order_get_warehouse_id (order) > 0)
    {
      if (!row_exists (db, "SELECT 1 FROM warehouses WHERE id = ?",
                       cpt_order_get_warehouse_id (order), &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The warehouse %lld does not exist."),
                       (long long) cpt_order_get_warehouse_id (order));
          return FALSE;
        }
      return TRUE;
    }

  stmt = cpt_database_prepare (db,
                               "SELECT id FROM warehouses WHERE active = 1"
                               " ORDER BY is_default DESC, id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    cpt_order_set_warehouse_id (order, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  if (cpt_order_get_warehouse_id (order) <= 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("Create a warehouse before the first order."));
      return FALSE;
    }
  return TRUE;
}

/* Takes what an item line leaves unset from the item. */
static gboolean
apply_item (CptDatabase   *db,
            CptOrderLine  *line,
            const char    *what,
            GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = cpt_database_prepare (db, "SELECT name, unit, tax_id FROM items WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cpt_order_line_get_item_id (line));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("%s: the item %lld does not exist."),
                   what, (long long) cpt_order_line_get_item_id (line));
      return FALSE;
    }
  if (is_blank (cpt_order_line_get_description (line)))
    cpt_order_line_set_description (line, (const char *) sqlite3_column_text (stmt, 0));
  if (cpt_order_line_get_unit (line) == NULL)
    cpt_order_line_set_unit (line, (const char *) sqlite3_column_text (stmt, 1));
  if (cpt_order_line_get_tax_id (line) == 0)
    cpt_order_line_set_tax_id (line, sqlite3_column_int64 (stmt, 2));
  sqlite3_reset (stmt);
  return TRUE;
}

/* Checks one line and snapshots its tax into @tax; every refusal is
 * collected into @problems under "lines[@index].<field>". */
static gboolean
check_line (CptDatabase   *db,
            CptOrderLine  *line,
            guint          index,
            TaxSnapshot   *tax,
            GError       **problems,
            GError       **error)
{
  /* Translators: names a line of an order in an error message */
  g_autofree char *what = g_strdup_printf (_("Line %u"), index + 1);
  g_autofree char *item_field = g_strdup_printf ("lines[%u].item_id", index);
  g_autofree char *description_field = g_strdup_printf ("lines[%u].description", index);
  g_autofree char *quantity_field = g_strdup_printf ("lines[%u].quantity", index);
  g_autofree char *rate_field = g_strdup_printf ("lines[%u].rate", index);
  g_autofree char *discount_field = g_strdup_printf ("lines[%u].discount", index);
  g_autofree char *tax_field = g_strdup_printf ("lines[%u].tax_id", index);
  GError *local = NULL;

  if (cpt_order_line_get_item_id (line) < 0)
    cpt_order_line_set_item_id (line, 0);
  if (cpt_order_line_get_item_id (line) > 0
      && !apply_item (db, line, what, &local)
      && !cpt_error_collect (problems, local, item_field, error))
    return FALSE;
  if (cpt_order_line_get_item_id (line) == 0
      && is_blank (cpt_order_line_get_description (line)))
    cpt_error_add_field (problems, description_field,
                         _("%s: a line without an item needs a description."), what);
  if (cpt_order_line_get_quantity (line) < 0)
    cpt_error_add_field (problems, quantity_field,
                         _("%s: the quantity cannot be negative."), what);
  else if (cpt_order_line_get_quantity (line) > MAX_QUANTITY)
    cpt_error_add_field (problems, quantity_field,
                         _("%s: the quantity is too large."), what);
  else if (cpt_order_line_get_quantity (line) < cpt_order_line_get_quantity_shipped (line)
           || cpt_order_line_get_quantity (line) < cpt_order_line_get_quantity_invoiced (line))
    cpt_error_add_field (problems, quantity_field,
                         _("%s: the quantity cannot be less than what was already shipped or invoiced."),
                         what);
  if (cpt_order_line_get_rate (line) < 0)
    cpt_error_add_field (problems, rate_field,
                         _("%s: the unit price cannot be negative."), what);
  if (cpt_order_line_get_discount (line) < 0
      || cpt_order_line_get_discount (line) > CPT_PERCENT_HUNDRED)
    cpt_error_add_field (problems, discount_field,
                         _("%s: the discount must be between 0 and 100 %%."), what);
  if (cpt_order_line_get_tax_id (line) <= 0)
    cpt_error_add_field (problems, tax_field, _("%s: choose a tax."), what);
  else if (!lookup_tax (db, cpt_order_line_get_tax_id (line), what, tax, &local)
           && !cpt_error_collect (problems, local, tax_field, error))
    return FALSE;
  return TRUE;
}

static gboolean
company_has_no_vat (CptDatabase  *db,
                    gboolean     *no_vat,
                    GError      **error)
{
  sqlite3_stmt *stmt = cpt_database_prepare (db, "SELECT vat_regime FROM company WHERE id = 1", error);

  if (stmt == NULL)
    return FALSE;
  *no_vat = sqlite3_step (stmt) == SQLITE_ROW
            && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "franchise") == 0;
  sqlite3_reset (stmt);
  return TRUE;
}

/* Checks the lines, snapshots their taxes and computes every amount.
 * Refusals go to @problems (then nothing is computed); @error receives
 * what stops the check itself. */
static gboolean
compute_totals (CptDatabase  *db,
                CptOrder     *order,
                GArray       *taxes,
                CptTotals    *totals,
                GError      **problems,
                GError      **error)
{
  guint n_lines = cpt_order_get_n_lines (order);
  g_autofree CptTotalsLine *lines = NULL;
  CptTotalsInput input = { 0 };
  TaxSnapshot shipping_tax = { 0 };
  gboolean no_vat;

  if (n_lines == 0)
    cpt_error_add_field (problems, "lines", "%s", _("An order needs at least one line."));

  lines = g_new0 (CptTotalsLine, n_lines);
  g_array_set_size (taxes, n_lines);
  for (guint i = 0; i < n_lines; i++)
    {
      if (!check_line (db, cpt_order_get_line (order, i), i,
                       &g_array_index (taxes, TaxSnapshot, i), problems, error))
        return FALSE;
    }

  if (cpt_order_get_shipping_charge (order) > 0 || cpt_order_get_shipping_tax_id (order) > 0)
    {
      GError *local = NULL;

      if (cpt_order_get_shipping_tax_id (order) <= 0)
        {
          cpt_error_add_field (problems, "shipping_tax_id", "%s",
                               _("The shipping charges need a tax."));
        }
      else if (!lookup_tax (db, cpt_order_get_shipping_tax_id (order), _("Shipping charges"),
                            &shipping_tax, &local))
        {
          tax_snapshot_clear (&shipping_tax);
          if (!cpt_error_collect (problems, local, "shipping_tax_id", error))
            return FALSE;
        }
      else
        {
          cpt_order_set_shipping_tax_rate (order, shipping_tax.rate);
          cpt_order_set_shipping_tax_name (order, shipping_tax.name);
          tax_snapshot_clear (&shipping_tax);
        }
    }
  else
    {
      cpt_order_set_shipping_tax_rate (order, 0);
      cpt_order_set_shipping_tax_name (order, NULL);
    }

  /* Amounts are computed from checked values only. */
  if (*problems != NULL)
    return TRUE;

  for (guint i = 0; i < n_lines; i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);
      TaxSnapshot *tax = &g_array_index (taxes, TaxSnapshot, i);

      lines[i].quantity = cpt_order_line_get_quantity (line);
      lines[i].unit_price = cpt_order_line_get_rate (line);
      lines[i].discount = cpt_order_line_get_discount (line);
      lines[i].tax_id = tax->id;
      lines[i].tax_rate = tax->rate;
    }

  if (!company_has_no_vat (db, &no_vat, error))
    return FALSE;

  input.lines = lines;
  input.n_lines = n_lines;
  input.discount_kind = cpt_order_get_discount_kind (order);
  input.discount_value = cpt_order_get_discount_value (order);
  input.shipping = cpt_order_get_shipping_charge (order);
  input.shipping_tax_id = cpt_order_get_shipping_tax_id (order);
  input.shipping_tax_rate = cpt_order_get_shipping_tax_rate (order);
  input.adjustment = cpt_order_get_adjustment (order);
  input.no_vat = no_vat;
  if (!cpt_totals_compute (&input, totals, error))
    return FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);
      TaxSnapshot *tax = &g_array_index (taxes, TaxSnapshot, i);

      cpt_order_line_set_position (line, i);
      cpt_order_line_set_tax_rate (line, tax->rate);
      cpt_order_line_set_tax_name (line, tax->name);
      cpt_order_line_set_amount (line, g_array_index (totals->line_nets, gint64, i));
    }
  cpt_order_set_sub_total (order, totals->subtotal);
  cpt_order_set_discount_total (order, totals->discount_total);
  cpt_order_set_tax_total (order, totals->tax_total);
  cpt_order_set_total (order, totals->total);
  return TRUE;
}

/* A manual number must be free; no number takes the series' next one. */
static gboolean
assign_number (CptDatabase  *db,
               CptOrder     *order,
               GError      **error)
{
  const char *number = cpt_order_get_number (order);
  sqlite3_stmt *stmt;
  gboolean taken;

  if (is_blank (number))
    {
      g_autofree char *next = NULL;

      if (!cpt_number_series_take_next (db, "salesorder", cpt_order_get_date (order),
                                        &next, error))
        return FALSE;
      cpt_order_set_number (order, next);
      number = next;
    }
  else
    {
      g_autofree char *stripped = g_strstrip (g_strdup (number));
      cpt_order_set_number (order, stripped);
      number = cpt_order_get_number (order);
    }

  stmt = cpt_database_prepare (db, "SELECT 1 FROM sales_orders WHERE number = ? AND id IS NOT ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  bind_id_or_null (stmt, 2, cpt_order_get_id (order));
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (taken)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_CONFLICT,
                   _("The number %s already exists."), number);
      return FALSE;
    }
  return TRUE;
}

static const char *
discount_kind_to_sql (CptDiscountKind kind)
{
  switch (kind)
    {
    case CPT_DISCOUNT_PERCENT:
      return "percent";
    case CPT_DISCOUNT_AMOUNT:
      return "amount";
    case CPT_DISCOUNT_NONE:
    default:
      return "none";
    }
}

CptDiscountKind
cpt_order_discount_kind_from_sql (const char *text)
{
  if (g_strcmp0 (text, "percent") == 0)
    return CPT_DISCOUNT_PERCENT;
  if (g_strcmp0 (text, "amount") == 0)
    return CPT_DISCOUNT_AMOUNT;
  return CPT_DISCOUNT_NONE;
}

#define HEADER_COLUMNS \
  "number, customer_id, customer_name, customer_email, reference, date," \
  " shipment_date, delivery_method_id, payment_terms_id, warehouse_id, salesperson," \
  " status, marketplace, billing_street, billing_street2, billing_postcode, billing_city," \
  " billing_country, shipping_street, shipping_street2, shipping_postcode, shipping_city," \
  " shipping_country, discount_kind, discount_value, shipping_charge, shipping_tax_id," \
  " shipping_tax_rate, shipping_tax_name, adjustment, adjustment_description, notes, terms," \
  " sub_total, discount_total, tax_total, total, updated_at"

static gboolean
write_header (CptDatabase  *db,
              CptOrder     *order,
              GError      **error)
{
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  g_autofree char *marketplace = g_strstrip (g_strdup (cpt_order_get_marketplace (order) ? cpt_order_get_marketplace (order) : ""));
  gboolean is_new = cpt_order_get_id (order) == 0;
  sqlite3_stmt *stmt;

  if (is_new)
    stmt = cpt_database_prepare (db,
                                 "INSERT INTO sales_orders (" HEADER_COLUMNS ", created_at, id)"
                                 " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                 " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25,"
                                 " ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37,"
                                 " ?38, ?39, ?39, ?1)", error);
  else
    stmt = cpt_database_prepare (db,
                                 "UPDATE sales_orders SET (" HEADER_COLUMNS ")"
                                 " = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                 " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25,"
                                 " ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37,"
                                 " ?38, ?39) WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bind_id_or_null (stmt, 1, cpt_order_get_id (order));
  bind_text (stmt, 2, cpt_order_get_number (order));
  sqlite3_bind_int64 (stmt, 3, cpt_order_get_customer_id (order));
  bind_text (stmt, 4, cpt_order_get_customer_name (order));
  bind_text (stmt, 5, cpt_order_get_customer_email (order));
  bind_text (stmt, 6, cpt_order_get_reference (order));
  bind_text (stmt, 7, cpt_order_get_date (order));
  bind_text_or_null (stmt, 8, cpt_order_get_shipment_date (order));
  bind_id_or_null (stmt, 9, cpt_order_get_delivery_method_id (order));
  bind_id_or_null (stmt, 10, cpt_order_get_payment_terms_id (order));
  sqlite3_bind_int64 (stmt, 11, cpt_order_get_warehouse_id (order));
  bind_text (stmt, 12, cpt_order_get_salesperson (order));
  bind_text (stmt, 13, cpt_order_status_to_sql (cpt_order_get_status (order)));
  bind_text_or_null (stmt, 14, marketplace);
  bind_address (stmt, 15, cpt_order_get_billing_address (order));
  bind_address (stmt, 20, cpt_order_get_shipping_address (order));
  bind_text (stmt, 25, discount_kind_to_sql (cpt_order_get_discount_kind (order)));
  sqlite3_bind_int64 (stmt, 26, cpt_order_get_discount_value (order));
  sqlite3_bind_int64 (stmt, 27, cpt_order_get_shipping_charge (order));
  bind_id_or_null (stmt, 28, cpt_order_get_shipping_tax_id (order));
  sqlite3_bind_int (stmt, 29, cpt_order_get_shipping_tax_rate (order));
  bind_text (stmt, 30, cpt_order_get_shipping_tax_name (order));
  sqlite3_bind_int64 (stmt, 31, cpt_order_get_adjustment (order));
  bind_text (stmt, 32, cpt_order_get_adjustment_description (order));
  bind_text (stmt, 33, cpt_order_get_notes (order));
  bind_text (stmt, 34, cpt_order_get_terms (order));
  sqlite3_bind_int64 (stmt, 35, cpt_order_get_sub_total (order));
  sqlite3_bind_int64 (stmt, 36, cpt_order_get_discount_total (order));
  sqlite3_bind_int64 (stmt, 37, cpt_order_get_tax_total (order));
  sqlite3_bind_int64 (stmt, 38, cpt_order_get_total (order));
  bind_text (stmt, 39, now);
  if (!cpt_order_sql_step_done (db, stmt, error))
    return FALSE;

  if (is_new)
    {
      cpt_order_set_id (order, cpt_database_last_insert_id (db));
      cpt_order_set_created_at (order, now);
    }
  cpt_order_set_updated_at (order, now);
  return TRUE;
}

/* The saved lines of the order: id → (shipped, invoiced). */
typedef struct
{
  gint64 shipped;
  gint64 invoiced;
  gboolean kept;
} SavedLine;

static gboolean
load_saved_lines (CptDatabase  *db,
                  gint64        order_id,
                  GHashTable   *saved,
                  GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT id, quantity_shipped, quantity_invoiced"
                               " FROM sales_order_lines WHERE order_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, order_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SavedLine *line = g_new0 (SavedLine, 1);
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      line->shipped = sqlite3_column_int64 (stmt, 1);
      line->invoiced = sqlite3_column_int64 (stmt, 2);
      g_hash_table_insert (saved, id, line);
    }
  if (rc != SQLITE_DONE)
    return cpt_order_sql_fail (db, stmt, rc, error);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Inserts new lines, updates kept ones, deletes the others — a line with
 * something shipped or invoiced cannot be removed nor shrunk below it. */
static gboolean
write_lines (CptDatabase  *db,
             CptOrder     *order,
             gboolean      is_new,
             GError      **error)
{
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;

  if (!is_new && !load_saved_lines (db, cpt_order_get_id (order), saved, error))
    return FALSE;

  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);
      gint64 line_id = cpt_order_line_get_id (line);
      SavedLine *old = NULL;

      if (line_id > 0)
        {
          old = g_hash_table_lookup (saved, &line_id);
          if (old == NULL)
            {
              g_autofree char *field = g_strdup_printf ("lines[%u].line_id", i);

              cpt_error_add_field (error, field,
                                   _("Line %u does not belong to this order."), i + 1);
              return FALSE;
            }
          old->kept = TRUE;
          if (cpt_order_line_get_quantity (line) < MAX (old->shipped, old->invoiced))
            {
              g_autofree char *what = g_strdup_printf (_("Line %u"), i + 1);
              g_autofree char *field = g_strdup_printf ("lines[%u].quantity", i);

              cpt_error_add_field (error, field,
                                   _("%s: the quantity cannot be less than what was already shipped or invoiced."),
                                   what);
              return FALSE;
            }
          cpt_order_line_set_quantity_shipped (line, old->shipped);
          cpt_order_line_set_quantity_invoiced (line, old->invoiced);
          stmt = cpt_database_prepare (db,
                                       "UPDATE sales_order_lines SET position = ?2, item_id = ?3,"
                                       " description = ?4, quantity = ?5, unit = ?6, rate = ?7,"
                                       " discount = ?8, tax_id = ?9, tax_rate = ?10, tax_name = ?11,"
                                       " amount = ?12 WHERE id = ?1", error);
        }
      else
        {
          cpt_order_line_set_quantity_shipped (line, 0);
          cpt_order_line_set_quantity_invoiced (line, 0);
          stmt = cpt_database_prepare (db,
                                       "INSERT INTO sales_order_lines (order_id, position, item_id,"
                                       " description, quantity, unit, rate, discount, tax_id,"
                                       " tax_rate, tax_name, amount)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                       error);
        }
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, line_id > 0 ? line_id : cpt_order_get_id (order));
      sqlite3_bind_int (stmt, 2, cpt_order_line_get_position (line));
      bind_id_or_null (stmt, 3, cpt_order_line_get_item_id (line));
      bind_text (stmt, 4, cpt_order_line_get_description (line));
      sqlite3_bind_int64 (stmt, 5, cpt_order_line_get_quantity (line));
      bind_text (stmt, 6, cpt_order_line_get_unit (line));
      sqlite3_bind_int64 (stmt, 7, cpt_order_line_get_rate (line));
      sqlite3_bind_int (stmt, 8, cpt_order_line_get_discount (line));
      sqlite3_bind_int64 (stmt, 9, cpt_order_line_get_tax_id (line));
      sqlite3_bind_int (stmt, 10, cpt_order_line_get_tax_rate (line));
      bind_text (stmt, 11, cpt_order_line_get_tax_name (line));
      sqlite3_bind_int64 (stmt, 12, cpt_order_line_get_amount (line));
      if (!cpt_order_sql_step_done (db, stmt, error))
        return FALSE;
      if (line_id <= 0)
        cpt_order_line_set_id (line, cpt_database_last_insert_id (db));
    }

  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SavedLine *old = value;

      if (old->kept)
        continue;
      if (old->shipped > 0 || old->invoiced > 0)
        {
          g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                               _("A line already shipped or invoiced cannot be removed."));
          return FALSE;
        }
      stmt = cpt_database_prepare (db, "DELETE FROM sales_order_lines WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
      if (!cpt_order_sql_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The VAT summary per rate, as printed. */
static gboolean
write_taxes (CptDatabase  *db,
             CptOrder     *order,
             gboolean      is_new,
             GArray       *taxes,
             CptTotals    *totals,
             GError      **error)
{
  sqlite3_stmt *stmt;

  if (!is_new)
    {
      stmt = cpt_database_prepare (db, "DELETE FROM sales_order_taxes WHERE order_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cpt_order_get_id (order));
      if (!cpt_order_sql_step_done (db, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < totals->taxes->len; i++)
    {
      const CptTaxTotal *total = &g_array_index (totals->taxes, CptTaxTotal, i);
      const char *name = cpt_order_get_shipping_tax_name (order);

      for (guint j = 0; j < taxes->len; j++)
        if (g_array_index (taxes, TaxSnapshot, j).id == total->tax_id)
          name = g_array_index (taxes, TaxSnapshot, j).name;

      stmt = cpt_database_prepare (db,
                                   "INSERT INTO sales_order_taxes (order_id, tax_id, name, rate, base, amount)"
                                   " VALUES (?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cpt_order_get_id (order));
      bind_id_or_null (stmt, 2, total->tax_id);
      bind_text (stmt, 3, name);
      sqlite3_bind_int (stmt, 4, total->rate);
      sqlite3_bind_int64 (stmt, 5, total->base);
      sqlite3_bind_int64 (stmt, 6, total->amount);
      if (!cpt_order_sql_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Every rule of an order, before anything is written: one refusal lists
 * all the fields refused (customer, header, lines), so that a form or an
 * API client can show each problem next to its field. */
static gboolean
check_order (CptDatabase  *db,
             CptOrder     *order,
             GArray       *taxes,
             CptTotals    *totals,
             GError      **error)
{
  g_autoptr(GError) problems = NULL;
  GError *local = NULL;

  if (!apply_customer (db, order, &local)
      && !cpt_error_collect (&problems, local, "customer_id", error))
    return FALSE;
  local = NULL;
  if (!check_header (db, order, &local)
      && !cpt_error_collect (&problems, local, NULL, error))
    return FALSE;
  local = NULL;
  if (!check_warehouse (db, order, &local)
      && !cpt_error_collect (&problems, local, "warehouse_id", error))
    return FALSE;
  if (!compute_totals (db, order, taxes, totals, &problems, error))
    return FALSE;
  return cpt_error_finish (&problems, error);
}

gboolean
cpt_order_service_save (CptDatabase  *db,
                        CptOrder     *order,
                        GError      **error)
{
  g_autoptr(GArray) taxes = g_array_new (FALSE, TRUE, sizeof (TaxSnapshot));
  g_auto(CptTotals) totals = { 0 };
  gboolean is_new = cpt_order_get_id (order) == 0;

  g_array_set_clear_func (taxes, (GDestroyNotify) tax_snapshot_clear);

  if (!check_order (db, order, taxes, &totals, error)
      || !assign_number (db, order, error)
      || !write_header (db, order, error)
      || !write_lines (db, order, is_new, error)
      || !write_taxes (db, order, is_new, taxes, &totals, error))
    return FALSE;

  if (!is_new)
    {
      CptInvoicedStatus invoiced;
      CptShippedStatus shipped;

      if (!cpt_order_service_recompute_sub_statuses (db, cpt_order_get_id (order),
                                                     &invoiced, &shipped, error))
        return FALSE;
      cpt_order_set_invoiced_status (order, invoiced);
      cpt_order_set_shipped_status (order, shipped);
    }
  return TRUE;
}
