/* cpt-api-documents.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-documents"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-documents.h"
#include "cpt-invoice-line.h"

GArray *
cpt_api_read_line_quantities (CptApiInput *input)
{
  JsonArray *array = cpt_api_input_array (input, "line_items");
  g_autoptr(GArray) lines = NULL;

  if (array == NULL)
    return NULL;

  lines = g_array_new (FALSE, TRUE, sizeof (CptLineQuantity));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(CptApiInput) element = cpt_api_input_element (input, "line_items", array, i);
      CptLineQuantity line = { 0, 0 };

      if (element == NULL)
        continue;
      if (!cpt_api_input_id (element, "line_id", &line.line_id) && !cpt_api_input_has (element, "line_id"))
        cpt_api_input_add_detail (element, "line_id", _("The order line (line_id) is missing."));
      if (!cpt_api_input_quantity (element, "quantity", &line.quantity) && !cpt_api_input_has (element, "quantity"))
        cpt_api_input_add_detail (element, "quantity", _("The quantity is missing."));
      g_array_append_val (lines, line);
    }
  return g_steal_pointer (&lines);
}

void
cpt_api_add_invoice_lines (JsonBuilder *builder,
                           GListModel  *lines)
{
  json_builder_set_member_name (builder, "line_items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CptInvoiceLine) line = g_list_model_get_item (lines, i);

      json_builder_begin_object (builder);
      cpt_api_json_add_int (builder, "id", cpt_invoice_line_get_id (line));
      cpt_api_json_add_id (builder, "line_id", cpt_invoice_line_get_order_line_id (line));
      cpt_api_json_add_id (builder, "item_id", cpt_invoice_line_get_item_id (line));
      cpt_api_json_add_string (builder, "description", cpt_invoice_line_get_description (line));
      cpt_api_json_add_quantity (builder, "quantity", cpt_invoice_line_get_quantity (line));
      cpt_api_json_add_string (builder, "unit", cpt_invoice_line_get_unit (line));
      cpt_api_json_add_money (builder, "rate", cpt_invoice_line_get_rate (line));
      cpt_api_json_add_percent (builder, "discount", cpt_invoice_line_get_discount (line));
      cpt_api_json_add_id (builder, "tax_id", cpt_invoice_line_get_tax_id (line));
      cpt_api_json_add_percent (builder, "tax_rate", cpt_invoice_line_get_tax_rate (line));
      cpt_api_json_add_money (builder, "amount", cpt_invoice_line_get_amount (line));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
cpt_api_tax_row_to_json (JsonBuilder    *builder,
                         CptDocumentTax *tax)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_id (builder, "tax_id", cpt_document_tax_get_tax_id (tax));
  cpt_api_json_add_string (builder, "name", cpt_document_tax_get_name (tax));
  cpt_api_json_add_percent (builder, "rate", cpt_document_tax_get_rate (tax));
  cpt_api_json_add_money (builder, "base", cpt_document_tax_get_base (tax));
  cpt_api_json_add_money (builder, "amount", cpt_document_tax_get_amount (tax));
  json_builder_end_object (builder);
}

void
cpt_api_add_tax_rows (JsonBuilder *builder,
                      GListModel  *taxes)
{
  json_builder_set_member_name (builder, "taxes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (taxes); i++)
    {
      g_autoptr(CptDocumentTax) tax = g_list_model_get_item (taxes, i);

      cpt_api_tax_row_to_json (builder, tax);
    }
  json_builder_end_array (builder);
}
