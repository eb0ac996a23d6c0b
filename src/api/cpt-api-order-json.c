/* cpt-api-order-json.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-order-json"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-order-json.h"
#include "cpt-history-entry.h"
#include "cpt-money.h"
#include "cpt-order-status.h"
#include "cpt-totals.h"

/* Text members: a JSON null clears the field. */
static void
read_text (CptApiInput *input,
           const char  *name,
           CptOrder    *order,
           void       (*setter) (CptOrder *, const char *))
{
  g_autofree char *value = NULL;

  if (cpt_api_input_string (input, name, &value))
    setter (order, value);
  else if (cpt_api_input_is_null (input, name))
    setter (order, NULL);
}

static void
read_id (CptApiInput *input,
         const char  *name,
         CptOrder    *order,
         void       (*setter) (CptOrder *, gint64))
{
  gint64 id = 0;

  if (cpt_api_input_id (input, name, &id))
    setter (order, id);
}

static CptOrderLine *
find_line (CptOrder *order,
           gint64    line_id)
{
  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);

      if (cpt_order_line_get_id (line) == line_id)
        return line;
    }
  return NULL;
}

static CptOrderLine *
line_from_json (CptApiInput        *input,
                CptOrder           *order,
                CptApiItemRateFunc  item_rate,
                gpointer            user_data)
{
  g_autoptr(CptOrderLine) line = NULL;
  g_autofree char *description = NULL;
  g_autofree char *unit = NULL;
  gint64 line_id = 0, item_id = 0, quantity = 0, rate = 0, tax_id = 0;
  gint32 discount = 0;

  if (cpt_api_input_id (input, "line_id", &line_id))
    {
      CptOrderLine *saved = find_line (order, line_id);

      if (saved == NULL)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, line_id);
          g_autofree char *message = g_strdup_printf (_("The order has no line %s."), id);

          cpt_api_input_add_detail (input, "line_id", message);
          return NULL;
        }
      line = cpt_order_line_copy (saved);
    }
  else
    {
      line = cpt_order_line_new ();
      cpt_order_line_set_quantity (line, CPT_QUANTITY_ONE);
    }

  if (cpt_api_input_id (input, "item_id", &item_id))
    {
      cpt_order_line_set_item_id (line, item_id);
      if (!cpt_api_input_has (input, "rate") && item_rate != NULL &&
          item_rate (item_id, &rate, user_data))
        cpt_order_line_set_rate (line, rate);
    }
  if (cpt_api_input_string (input, "description", &description))
    cpt_order_line_set_description (line, description);
  if (cpt_api_input_string (input, "unit", &unit))
    cpt_order_line_set_unit (line, unit);
  if (cpt_api_input_quantity (input, "quantity", &quantity))
    cpt_order_line_set_quantity (line, quantity);
  if (cpt_api_input_money (input, "rate", &rate))
    cpt_order_line_set_rate (line, rate);
  if (cpt_api_input_percent (input, "discount", &discount))
    cpt_order_line_set_discount (line, discount);
  if (cpt_api_input_id (input, "tax_id", &tax_id))
    cpt_order_line_set_tax_id (line, tax_id);

  return g_steal_pointer (&line);
}

static void
read_lines (CptApiInput        *input,
            CptOrder           *order,
            CptApiItemRateFunc  item_rate,
            gpointer            user_data)
{
  JsonArray *array = cpt_api_input_array (input, "line_items");
  g_autoptr(GPtrArray) lines = NULL;

  if (array == NULL)
    return;

  lines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(CptApiInput) element = cpt_api_input_element (input, "line_items", array, i);
      CptOrderLine *line;

      if (element == NULL)
        continue;
      line = line_from_json (element, order, item_rate, user_data);
      if (line != NULL)
        g_ptr_array_add (lines, line);
    }

  cpt_order_clear_lines (order);
  for (guint i = 0; i < lines->len; i++)
    {
      cpt_order_line_set_position (g_ptr_array_index (lines, i), (int) i);
      cpt_order_add_line (order, g_ptr_array_index (lines, i));
    }
}

static void
read_discount (CptApiInput *input,
               CptOrder    *order)
{
  g_autoptr(CptApiInput) discount = NULL;
  gint64 amount = 0;
  gint32 percent = 0;

  if (cpt_api_input_is_null (input, "discount"))
    {
      cpt_order_set_discount_kind (order, CPT_DISCOUNT_NONE);
      cpt_order_set_discount_value (order, 0);
      return;
    }

  discount = cpt_api_input_object (input, "discount");
  if (discount == NULL)
    return;

  if (cpt_api_input_has (discount, "percent") && cpt_api_input_has (discount, "amount"))
    cpt_api_input_add_detail (discount, "amount", _("Give either a percentage or an amount, not both."));
  else if (cpt_api_input_percent (discount, "percent", &percent))
    {
      cpt_order_set_discount_kind (order, CPT_DISCOUNT_PERCENT);
      cpt_order_set_discount_value (order, percent);
    }
  else if (cpt_api_input_money (discount, "amount", &amount))
    {
      cpt_order_set_discount_kind (order, CPT_DISCOUNT_AMOUNT);
      cpt_order_set_discount_value (order, amount);
    }
  else if (!cpt_api_input_has (discount, "percent") && !cpt_api_input_has (discount, "amount"))
    {
      cpt_order_set_discount_kind (order, CPT_DISCOUNT_NONE);
      cpt_order_set_discount_value (order, 0);
    }
}

void
cpt_api_order_from_json (CptApiInput        *input,
                         CptOrder           *order,
                         CptApiItemRateFunc  item_rate,
                         gpointer            user_data)
{
  static const char * const statuses[] = { "draft", "confirmed", NULL };
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  g_autofree char *date = NULL;
  g_autofree char *shipment_date = NULL;
  gint64 amount = 0;
  guint status = 0;

  g_return_if_fail (input != NULL);
  g_return_if_fail (CPT_IS_ORDER (order));

  read_id (input, "customer_id", order, cpt_order_set_customer_id);
  read_id (input, "delivery_method_id", order, cpt_order_set_delivery_method_id);
  read_id (input, "payment_terms_id", order, cpt_order_set_payment_terms_id);
  read_id (input, "warehouse_id", order, cpt_order_set_warehouse_id);
  read_id (input, "shipping_tax_id", order, cpt_order_set_shipping_tax_id);
  read_text (input, "salesorder_number", order, cpt_order_set_number);
  read_text (input, "reference", order, cpt_order_set_reference);
  read_text (input, "salesperson", order, cpt_order_set_salesperson);
  read_text (input, "marketplace", order, cpt_order_set_marketplace);
  read_text (input, "adjustment_description", order, cpt_order_set_adjustment_description);
  read_text (input, "notes", order, cpt_order_set_notes);
  read_text (input, "terms", order, cpt_order_set_terms);

  if (cpt_api_input_date (input, "date", &date))
    cpt_order_set_date (order, date);
  if (cpt_api_input_date (input, "shipment_date", &shipment_date))
    cpt_order_set_shipment_date (order, shipment_date);

  billing = cpt_api_address_from_json (input, "billing_address");
  if (billing != NULL)
    cpt_order_set_billing_address (order, billing);
  shipping = cpt_api_address_from_json (input, "shipping_address");
  if (shipping != NULL)
    cpt_order_set_shipping_address (order, shipping);

  read_discount (input, order);
  if (cpt_api_input_money (input, "shipping_charge", &amount))
    cpt_order_set_shipping_charge (order, amount);
  if (cpt_api_input_money (input, "adjustment", &amount))
    cpt_order_set_adjustment (order, amount);
  if (cpt_api_input_choice (input, "status", statuses, &status))
    cpt_order_set_status (order, status == 1 ? CPT_ORDER_STATUS_CONFIRMED : CPT_ORDER_STATUS_DRAFT);

  read_lines (input, order, item_rate, user_data);
}

static void
add_discount (JsonBuilder *builder,
              CptOrder    *order)
{
  json_builder_set_member_name (builder, "discount");
  switch (cpt_order_get_discount_kind (order))
    {
    case CPT_DISCOUNT_PERCENT:
      json_builder_begin_object (builder);
      cpt_api_json_add_percent (builder, "percent", (gint32) cpt_order_get_discount_value (order));
      json_builder_end_object (builder);
      break;
    case CPT_DISCOUNT_AMOUNT:
      json_builder_begin_object (builder);
      cpt_api_json_add_money (builder, "amount", cpt_order_get_discount_value (order));
      json_builder_end_object (builder);
      break;
    default:
      json_builder_add_null_value (builder);
      break;
    }
}

void
cpt_api_order_to_json_members (JsonBuilder *builder,
                               CptOrder    *order)
{
  GListModel *lines = cpt_order_get_lines (order);
  GListModel *history = cpt_order_get_history (order);

  cpt_api_json_add_int (builder, "id", cpt_order_get_id (order));
  cpt_api_json_add_string (builder, "salesorder_number", cpt_order_get_number (order));
  cpt_api_json_add_string (builder, "status", cpt_order_status_to_string (cpt_order_get_status (order)));
  cpt_api_json_add_string (builder, "invoiced_status",
                           cpt_invoiced_status_to_string (cpt_order_get_invoiced_status (order)));
  cpt_api_json_add_string (builder, "shipped_status",
                           cpt_shipped_status_to_string (cpt_order_get_shipped_status (order)));
  cpt_api_json_add_string (builder, "marketplace", cpt_order_get_marketplace (order));
  cpt_api_json_add_id (builder, "customer_id", cpt_order_get_customer_id (order));
  cpt_api_json_add_string (builder, "customer_name", cpt_order_get_customer_name (order));
  cpt_api_address_to_json (builder, "billing_address", cpt_order_get_billing_address (order));
  cpt_api_address_to_json (builder, "shipping_address", cpt_order_get_shipping_address (order));
  cpt_api_json_add_string (builder, "reference", cpt_order_get_reference (order));
  cpt_api_json_add_string (builder, "date", cpt_order_get_date (order));
  cpt_api_json_add_string (builder, "shipment_date", cpt_order_get_shipment_date (order));
  cpt_api_json_add_id (builder, "delivery_method_id", cpt_order_get_delivery_method_id (order));
  cpt_api_json_add_id (builder, "payment_terms_id", cpt_order_get_payment_terms_id (order));
  cpt_api_json_add_id (builder, "warehouse_id", cpt_order_get_warehouse_id (order));
  cpt_api_json_add_string (builder, "salesperson", cpt_order_get_salesperson (order));
  cpt_api_json_add_string (builder, "notes", cpt_order_get_notes (order));
  cpt_api_json_add_string (builder, "terms", cpt_order_get_terms (order));

  json_builder_set_member_name (builder, "line_items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CptOrderLine) line = g_list_model_get_item (lines, i);

      json_builder_begin_object (builder);
      cpt_api_json_add_int (builder, "line_id", cpt_order_line_get_id (line));
      cpt_api_json_add_id (builder, "item_id", cpt_order_line_get_item_id (line));
      cpt_api_json_add_string (builder, "description", cpt_order_line_get_description (line));
      cpt_api_json_add_quantity (builder, "quantity", cpt_order_line_get_quantity (line));
      cpt_api_json_add_quantity (builder, "quantity_shipped", cpt_order_line_get_quantity_shipped (line));
      cpt_api_json_add_quantity (builder, "quantity_invoiced", cpt_order_line_get_quantity_invoiced (line));
      cpt_api_json_add_string (builder, "unit", cpt_order_line_get_unit (line));
      cpt_api_json_add_money (builder, "rate", cpt_order_line_get_rate (line));
      cpt_api_json_add_percent (builder, "discount", cpt_order_line_get_discount (line));
      cpt_api_json_add_id (builder, "tax_id", cpt_order_line_get_tax_id (line));
      cpt_api_json_add_percent (builder, "tax_rate", cpt_order_line_get_tax_rate (line));
      cpt_api_json_add_money (builder, "amount", cpt_order_line_get_amount (line));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  cpt_api_json_add_money (builder, "sub_total", cpt_order_get_sub_total (order));
  add_discount (builder, order);
  cpt_api_json_add_money (builder, "discount_total", cpt_order_get_discount_total (order));
  cpt_api_json_add_money (builder, "shipping_charge", cpt_order_get_shipping_charge (order));
  cpt_api_json_add_id (builder, "shipping_tax_id", cpt_order_get_shipping_tax_id (order));
  cpt_api_json_add_money (builder, "tax_total", cpt_order_get_tax_total (order));
  cpt_api_json_add_money (builder, "adjustment", cpt_order_get_adjustment (order));
  cpt_api_json_add_string (builder, "adjustment_description", cpt_order_get_adjustment_description (order));
  cpt_api_json_add_money (builder, "total", cpt_order_get_total (order));
  cpt_api_json_add_string (builder, "merged_into", cpt_order_get_merged_into (order));
  cpt_api_json_add_string (builder, "void_reason", cpt_order_get_void_reason (order));
  cpt_api_json_add_string (builder, "created_at", cpt_order_get_created_at (order));
  cpt_api_json_add_string (builder, "updated_at", cpt_order_get_updated_at (order));

  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CptHistoryEntry) entry = g_list_model_get_item (history, i);

      json_builder_begin_object (builder);
      cpt_api_json_add_string (builder, "at", cpt_history_entry_get_at (entry));
      cpt_api_json_add_string (builder, "event", cpt_history_entry_get_event (entry));
      cpt_api_json_add_string (builder, "text", cpt_history_entry_get_text (entry));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
