/* cpt-order-form-data.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-form-data"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-numbering.h"
#include "cpt-order-form-data.h"
#include "cpt-suggest-entry.h"

/* Read-only queries behind the order form's drop-downs and type-ahead
 * entries. Each one is a single indexed, LIMITed statement, so the form
 * stays instant on a file with 100 000 customers. */

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
                                        GError        **error)
{
  return load_named_list (db,
                          "SELECT id, name, is_default FROM payment_terms "
                          "WHERE active = 1 ORDER BY days, end_of_month, id",
                          names, ids, TRUE, NULL, error);
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
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *query = cpt_database_build_fts_query (text);

  if (query == NULL)
    stmt = cpt_database_prepare (db,
                                 "SELECT id, display_name, email, billing_postcode, billing_city "
                                 "FROM customers ORDER BY sort_name, id LIMIT ?2",
                                 NULL);
  else
    stmt = cpt_database_prepare (db,
                                 "SELECT c.id, c.display_name, c.email, c.billing_postcode, c.billing_city "
                                 "FROM customers_fts f JOIN customers c ON c.id = f.rowid "
                                 "WHERE customers_fts MATCH ?1 ORDER BY rank LIMIT ?2",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&results);

  if (query != NULL)
    sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, limit);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *place = g_strstrip (g_strdup_printf ("%s %s", column_text (stmt, 3),
                                                            column_text (stmt, 4)));

      g_ptr_array_add (results, cpt_suggestion_new (sqlite3_column_int64 (stmt, 0),
                                                    column_text (stmt, 1),
                                                    column_text (stmt, 2),
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
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT display_name, email, "
                               "billing_street, billing_street2, billing_postcode, billing_city, billing_country, "
                               "shipping_street, shipping_street2, shipping_postcode, shipping_city, shipping_country, "
                               "coalesce (payment_terms_id, 0) FROM customers WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, customer_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        {
          g_set_error_literal (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                               _("This customer no longer exists."));
          return FALSE;
        }
      return cpt_database_set_error_code (db, rc, error);
    }

  *name = g_strdup (column_text (stmt, 0));
  *email = g_strdup (column_text (stmt, 1));
  *billing = cpt_address_new (column_text (stmt, 2), column_text (stmt, 3), column_text (stmt, 4),
                              column_text (stmt, 5), column_text (stmt, 6));
  *shipping = cpt_address_new (column_text (stmt, 7), column_text (stmt, 8), column_text (stmt, 9),
                               column_text (stmt, 10), column_text (stmt, 11));
  *payment_terms_id = sqlite3_column_int64 (stmt, 12);

  return TRUE;
}

/* "Disponible : 12" or "Rupture" for a stocked item; services have none. */
static CptSuggestion *
item_suggestion (sqlite3_stmt *stmt)
{
  CptSuggestion *suggestion;
  g_autofree char *price = cpt_money_format (sqlite3_column_int64 (stmt, 3));
  g_autofree char *subtitle = NULL;
  g_autofree char *detail = NULL;
  gboolean tracked = sqlite3_column_int (stmt, 4);
  gint64 available = sqlite3_column_int64 (stmt, 5);

  if (column_text (stmt, 2)[0] != '\0')
    subtitle = g_strdup_printf ("%s · %s", column_text (stmt, 2), price);
  else
    subtitle = g_strdup (price);

  if (tracked)
    {
      g_autofree char *quantity = cpt_quantity_format (available);

      detail = g_strdup_printf (_("Available: %s"), quantity);
    }

  suggestion = cpt_suggestion_new (sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                   subtitle, detail);
  suggestion->warning = tracked && available <= 0;

  return suggestion;
}

#define ITEM_COLUMNS \
  "i.id, i.name, coalesce (i.sku, ''), i.rate, i.track_stock, " \
  "coalesce (s.on_hand - s.committed, 0), i.unit, coalesce (i.tax_id, 0) "
#define ITEM_STOCK_JOIN \
  "LEFT JOIN stock_levels s ON s.item_id = i.id AND s.warehouse_id = ?3 "

GPtrArray *
cpt_order_form_data_search_items (CptDatabase *db,
                                  const char  *text,
                                  gint64       warehouse_id,
                                  guint        limit)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_suggestion_free);
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *query = cpt_database_build_fts_query (text);

  if (query == NULL)
    stmt = cpt_database_prepare (db,
                                 "SELECT " ITEM_COLUMNS "FROM items i " ITEM_STOCK_JOIN
                                 "WHERE i.active = 1 ORDER BY i.sort_name, i.id LIMIT ?2",
                                 NULL);
  else
    stmt = cpt_database_prepare (db,
                                 "SELECT " ITEM_COLUMNS "FROM items_fts f "
                                 "JOIN items i ON i.id = f.rowid " ITEM_STOCK_JOIN
                                 "WHERE items_fts MATCH ?1 AND i.active = 1 "
                                 "ORDER BY rank LIMIT ?2",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&results);

  if (query != NULL)
    sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, limit);
  sqlite3_bind_int64 (stmt, 3, warehouse_id);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (results, item_suggestion (stmt));

  return g_steal_pointer (&results);
}

gboolean
cpt_order_form_data_get_item (CptDatabase    *db,
                              gint64          item_id,
                              gint64          warehouse_id,
                              CptItemChoice  *item,
                              GError        **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT " ITEM_COLUMNS "FROM items i " ITEM_STOCK_JOIN
                               "WHERE i.id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 3, warehouse_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        {
          g_set_error_literal (error, CPT_ERROR, CPT_ERROR_NOT_FOUND,
                               _("This item no longer exists."));
          return FALSE;
        }
      return cpt_database_set_error_code (db, rc, error);
    }

  item->name = g_strdup (column_text (stmt, 1));
  item->sku = g_strdup (column_text (stmt, 2));
  item->rate = sqlite3_column_int64 (stmt, 3);
  item->track_stock = sqlite3_column_int (stmt, 4);
  item->available = sqlite3_column_int64 (stmt, 5);
  item->unit = g_strdup (column_text (stmt, 6));
  item->tax_id = sqlite3_column_int64 (stmt, 7);

  return TRUE;
}
