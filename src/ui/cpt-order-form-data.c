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
#include "cpt-number-series.h"
#include "cpt-payment-terms-service.h"
#include "cpt-settings-service.h"
#include "cpt-order-form-data.h"
#include "cpt-suggest-entry.h"
#include "cpt-tax-service.h"
#include "cpt-warehouse-service.h"

/* What the order form's drop-downs and type-ahead entries show, read
 * through the services. The proposals come from the customer and item
 * services' LIMITed searches, so the form stays instant on a file with
 * 100 000 customers. */

void
cpt_item_choice_clear (CptItemChoice *item)
{
  g_clear_pointer (&item->name, g_free);
  g_clear_pointer (&item->sku, g_free);
  g_clear_pointer (&item->unit, g_free);
}

gboolean
cpt_order_form_data_load_taxes (CptDatabase    *db,
                                GtkStringList  *names,
                                GArray         *choices,
                                gint64         *default_tax_id,
                                GError        **error)
{
  g_autoptr(GPtrArray) taxes = cpt_tax_service_list (db, FALSE, error);

  *default_tax_id = 0;
  if (taxes == NULL)
    return FALSE;

  for (guint i = 0; i < taxes->len; i++)
    {
      CptTax *tax = g_ptr_array_index (taxes, i);
      CptTaxChoice choice = { cpt_tax_get_id (tax), cpt_tax_get_rate (tax) };

      gtk_string_list_append (names, cpt_tax_get_name (tax));
      g_array_append_val (choices, choice);
      if (cpt_tax_get_is_default (tax))
        *default_tax_id = choice.id;
    }

  return TRUE;
}

/* Optional lists start with « Aucun », id 0. */
static void
append_none (GtkStringList *names,
             GArray        *ids)
{
  gint64 none = 0;

  /* Translators: the empty choice of an optional drop-down */
  gtk_string_list_append (names, _("None"));
  g_array_append_val (ids, none);
}

static void
append_choice (GtkStringList *names,
               GArray        *ids,
               gint64         id,
               const char    *name)
{
  gtk_string_list_append (names, name);
  g_array_append_val (ids, id);
}

gboolean
cpt_order_form_data_load_delivery_methods (CptDatabase    *db,
                                           GtkStringList  *names,
                                           GArray         *ids,
                                           GError        **error)
{
  g_autoptr(GPtrArray) methods = cpt_delivery_method_service_list (db, FALSE, error);

  append_none (names, ids);
  if (methods == NULL)
    return FALSE;

  for (guint i = 0; i < methods->len; i++)
    {
      CptDeliveryMethod *method = g_ptr_array_index (methods, i);

      append_choice (names, ids, cpt_delivery_method_get_id (method), cpt_delivery_method_get_name (method));
    }

  return TRUE;
}

gboolean
cpt_order_form_data_load_payment_terms (CptDatabase    *db,
                                        GtkStringList  *names,
                                        GArray         *ids,
                                        gint64         *default_id,
                                        GError        **error)
{
  g_autoptr(GPtrArray) terms = cpt_payment_terms_service_list (db, FALSE, error);

  *default_id = 0;
  append_none (names, ids);
  if (terms == NULL)
    return FALSE;

  for (guint i = 0; i < terms->len; i++)
    {
      CptPaymentTerms *term = g_ptr_array_index (terms, i);

      append_choice (names, ids, cpt_payment_terms_get_id (term), cpt_payment_terms_get_name (term));
      if (cpt_payment_terms_get_is_default (term))
        *default_id = cpt_payment_terms_get_id (term);
    }

  return TRUE;
}

gboolean
cpt_order_form_data_load_warehouses (CptDatabase    *db,
                                     GtkStringList  *names,
                                     GArray         *ids,
                                     gint64         *default_id,
                                     GError        **error)
{
  g_autoptr(GPtrArray) warehouses = cpt_warehouse_service_list (db, FALSE, error);

  *default_id = 0;
  if (warehouses == NULL)
    return FALSE;

  for (guint i = 0; i < warehouses->len; i++)
    {
      CptWarehouse *warehouse = g_ptr_array_index (warehouses, i);

      append_choice (names, ids, cpt_warehouse_get_id (warehouse), cpt_warehouse_get_name (warehouse));
      if (cpt_warehouse_get_is_default (warehouse))
        *default_id = cpt_warehouse_get_id (warehouse);
    }

  return TRUE;
}

gboolean
cpt_order_form_data_company_has_no_vat (CptDatabase *db)
{
  g_autoptr(CptCompany) company = cpt_settings_get_company (db, NULL);

  return company != NULL && g_strcmp0 (cpt_company_get_vat_regime (company), "franchise") == 0;
}

gboolean
cpt_order_form_data_sales_order_numbering (CptDatabase  *db,
                                           gboolean     *manual,
                                           char        **preview,
                                           GError      **error)
{
  g_autoptr(CptNumberSeries) series = cpt_number_series_get (db, CPT_DOC_TYPE_SALES_ORDER, error);
  g_autofree char *today = cpt_date_today ();

  if (series == NULL)
    return FALSE;

  *manual = series->manual;
  *preview = cpt_number_series_preview (series, today);
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
