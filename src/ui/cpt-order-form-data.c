/* cpt-order-form-data.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-form-data"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-customer-service.h"
#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-item-service.h"
#include "cpt-money.h"
#include "cpt-numbering.h"
#include "cpt-order-form-data.h"
#include "cpt-suggest-entry.h"

/* What the order form's drop-downs and type-ahead entries show. The
 * proposals come from the customer and item services' LIMITed searches, so
 * the form stays instant on a file with 100 000 customers; the settings
 * lists are small tables read in one statement each. */

void
cpt_item_choice_clear (CptItemChoice *item)
{
  g_clear_pointer (&item->name, g_free);
  g_clear_pointer (&item->sku, g_free);
  g_clear_pointer (&item->unit, g_free);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
finish (CptDatabase   *db,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  return cpt_database_set_error_code (db, rc, error);
}

gboolean
cpt_order_form_data_load_taxes (CptDatabase    *db,
                                GtkStringList  *names,
                                GArray         *choices,
                                gint64         *default_tax_id,
                                GError        **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  *default_tax_id = 0;
  stmt = cpt_database_prepare (db,
                               "SELECT id, name, rate, is_default FROM taxes "
                               "WHERE active = 1 ORDER BY rate DESC, id",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CptTaxChoice choice = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 2) };

      gtk_string_list_append (names, column_text (stmt, 1));
      g_array_append_val (choices, choice);
      if (sqlite3_column_int (stmt, 3))
        *default_tax_id = choice.id;
    }

  return finish (db, stmt, rc, error);
}

static gboolean
load_named_list (CptDatabase    *db,
                 const char     *sql,
                 GtkStringList  *names,
                 GArray         *ids,
                 gboolean        with_none,
                 gint64         *default_id,
                 GError        **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  if (default_id != NULL)
    *default_id = 0;

  if (with_none)
    {
      gint64 none = 0;

      /* Translators: the empty choice of an optional drop-down */
      gtk_string_list_append (names, _("None"));
      g_array_append_val (ids, none);
    }

  stmt = cpt_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      gtk_string_list_append (names, column_text (stmt, 1));
      g_array_append_val (ids, id);
      if (default_id != NULL && sqlite3_column_int (stmt, 2))
        *default_id = id;
    }

  return finish (db, stmt, rc, error);
}

gboolean
cpt_order_form_data_load_delivery_methods (CptDatabase    *db,
                                           GtkStringList  *names,
                                           GArray         *ids,
                                           GError        **error)
{
  return load_named_list (db,
                          "SELECT id, name, 0 FROM delivery_methods "
                          "WHERE active = 1 ORDER BY name, id",
                          names, ids, TRUE, NULL, error);
}

gboolean
cpt_order_form_data_load_payment_terms (CptDatabase    *db,
                                        GtkStringList  *names,
                                        GArray         *ids,
                                        gint64         *default_id,
                                        GError        **error)
{
  return load_named_list (db,
                          "SELECT id, name, is_default FROM payment_terms "
                          "WHERE active = 1 ORDER BY days, end_of_month, id",
                          names, ids, TRUE, default_id, error);
}

gboolean
cpt_order_form_data_load_warehouses (CptDatabase    *db,
                                     GtkStringList  *names,
                                     GArray         *ids,
                                     gint64         *default_id,
                                     GError        **error)
{
  return load_named_list (db,
                          "SELECT id, name, is_default FROM warehouses "
                          "WHERE active = 1 ORDER BY is_default DESC, name, id",
                          names, ids, FALSE, default_id, error);
}

gboolean
cpt_order_form_data_company_has_no_vat (CptDatabase *db)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db, "SELECT vat_regime = 'franchise' FROM company WHERE id = 1", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  return sqlite3_column_int (stmt, 0) != 0;
}

gboolean
cpt_order_form_data_sales_order_numbering (CptDatabase  *db,
                                           gboolean     *manual,
                                           char        **preview,
                                           GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *today = cpt_date_today ();
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT mode, prefix, next_number, padding, yearly_reset, "
                               "coalesce (last_year, 0) FROM number_series "
                               "WHERE doc_type = 'salesorder'",
                               error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        {
          g_set_error_literal (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                               _("The numbering of sales orders is missing."));
          return FALSE;
        }
      return cpt_database_set_error_code (db, rc, error);
    }

  *manual = g_strcmp0 (column_text (stmt, 0), "manual") == 0;
  *preview = cpt_numbering_preview (column_text (stmt, 1), sqlite3_column_int64 (stmt, 2),
                                    sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4),
                                    sqlite3_column_int (stmt, 5), today);
  return TRUE;
}

GPtrArray *
cpt_order_form_data_search_customers (CptDatabase *db,
                                      const char  *text,
                                      guint        limit)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_suggestion_free);
  g_autoptr(GPtrArray) customers = cpt_customer_service_complete (db, text, limit, NULL);

  for (guint i = 0; customers != NULL && i < customers->len; i++)
    {
      CptCustomer *customer = g_ptr_array_index (customers, i);
      const CptAddress *billing = cpt_customer_get_billing_address (customer);
      g_autofree char *place = g_strstrip (g_strdup_printf ("%s %s", billing->postcode, billing->city));

      g_ptr_array_add (results, cpt_suggestion_new (cpt_customer_get_id (customer),
                                                    cpt_customer_get_display_name (customer),
                                                    cpt_customer_get_email (customer),
                                                    place));
    }

  return g_steal_pointer (&results);
}

gboolean
cpt_order_form_data_get_customer (CptDatabase  *db,
                                  gint64        customer_id,
                                  char        **name,
                                  char        **email,
                                  CptAddress  **billing,
                                  CptAddress  **shipping,
                                  gint64       *payment_terms_id,
                                  GError      **error)
{
  g_autoptr(CptCustomer) customer = cpt_customer_service_get (db, customer_id, error);

  if (customer == NULL)
    return FALSE;

  *name = g_strdup (cpt_customer_get_display_name (customer));
  *email = g_strdup (cpt_customer_get_email (customer));
  *billing = cpt_address_copy (cpt_customer_get_billing_address (customer));
  *shipping = cpt_address_copy (cpt_customer_get_shipping_address (customer));
  *payment_terms_id = cpt_customer_get_payment_terms_id (customer);

  return TRUE;
}

/* "Disponible : 12" for a stocked item, in the error colour when there is
 * none left; services have no stock. */
static CptSuggestion *
item_suggestion (CptItem *item)
{
  CptSuggestion *suggestion;
  g_autofree char *price = cpt_money_format (cpt_item_get_rate (item));
  g_autofree char *subtitle = NULL;
  g_autofree char *detail = NULL;
  const char *sku = cpt_item_get_sku (item);
  gboolean tracked = cpt_item_get_track_stock (item);

  if (sku != NULL && sku[0] != '\0')
    subtitle = g_strdup_printf ("%s · %s", sku, price);
  else
    subtitle = g_strdup (price);

  if (tracked)
    {
      g_autofree char *quantity = cpt_quantity_format (cpt_item_get_available (item));

      detail = g_strdup_printf (_("Available: %s"), quantity);
    }

  suggestion = cpt_suggestion_new (cpt_item_get_id (item), cpt_item_get_name (item), subtitle, detail);
  suggestion->warning = tracked && cpt_item_get_available (item) <= 0;

  return suggestion;
}

GPtrArray *
cpt_order_form_data_search_items (CptDatabase *db,
                                  const char  *text,
                                  gint64       warehouse_id,
                                  guint        limit)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_suggestion_free);
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();
  g_autoptr(GPtrArray) items = NULL;

  query->search = g_strdup (text);
  query->warehouse_id = warehouse_id;
  if (!cpt_item_service_first_page (db, query, limit, &items, NULL))
    return g_steal_pointer (&results);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (results, item_suggestion (g_ptr_array_index (items, i)));

  return g_steal_pointer (&results);
}

gboolean
cpt_order_form_data_get_item (CptDatabase    *db,
                              gint64          item_id,
                              gint64          warehouse_id,
                              CptItemChoice  *item,
                              GError        **error)
{
  g_autoptr(CptItem) found = cpt_item_service_get (db, item_id, warehouse_id, error);

  if (found == NULL)
    return FALSE;

  item->name = g_strdup (cpt_item_get_name (found));
  item->sku = g_strdup (cpt_item_get_sku (found));
  item->unit = g_strdup (cpt_item_get_unit (found));
  item->rate = cpt_item_get_rate (found);
  item->tax_id = cpt_item_get_tax_id (found);
  item->track_stock = cpt_item_get_track_stock (found);
  item->available = cpt_item_get_available (found);

  return TRUE;
}
