/* cpt-api-invoices.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-invoices"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-documents.h"
#include "cpt-api-routes.h"
#include "cpt-credit-note-service.h"
#include "cpt-document-builder.h"
#include "cpt-invoice-service.h"

static void
invoice_to_json (JsonBuilder *builder,
                 CptInvoice  *invoice,
                 gboolean     with_lines)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_invoice_get_id (invoice));
  cpt_api_json_add_string (builder, "invoice_number", cpt_invoice_get_number (invoice));
  cpt_api_json_add_string (builder, "status", cpt_invoice_status_to_string (cpt_invoice_get_status (invoice)));
  cpt_api_json_add_id (builder, "salesorder_id", cpt_invoice_get_order_id (invoice));
  cpt_api_json_add_string (builder, "salesorder_number", cpt_invoice_get_order_number (invoice));
  cpt_api_json_add_id (builder, "customer_id", cpt_invoice_get_customer_id (invoice));
  cpt_api_json_add_string (builder, "customer_name", cpt_invoice_get_customer_name (invoice));
  cpt_api_json_add_string (builder, "reference", cpt_invoice_get_reference (invoice));
  cpt_api_json_add_string (builder, "date", cpt_invoice_get_date (invoice));
  cpt_api_json_add_string (builder, "due_date", cpt_invoice_get_due_date (invoice));
  cpt_api_json_add_string (builder, "paid_date", cpt_invoice_get_paid_date (invoice));
  cpt_api_json_add_id (builder, "creditnote_id", cpt_invoice_get_credit_note_id (invoice));
  cpt_api_json_add_money (builder, "sub_total", cpt_invoice_get_sub_total (invoice));
  cpt_api_json_add_money (builder, "discount_total", cpt_invoice_get_discount_total (invoice));
  cpt_api_json_add_money (builder, "shipping_charge", cpt_invoice_get_shipping_charge (invoice));
  cpt_api_json_add_money (builder, "tax_total", cpt_invoice_get_tax_total (invoice));
  cpt_api_json_add_money (builder, "adjustment", cpt_invoice_get_adjustment (invoice));
  cpt_api_json_add_money (builder, "total", cpt_invoice_get_total (invoice));
  if (with_lines)
    {
      cpt_api_address_to_json (builder, "billing_address", cpt_invoice_get_billing_address (invoice));
      cpt_api_address_to_json (builder, "shipping_address", cpt_invoice_get_shipping_address (invoice));
      cpt_api_add_invoice_lines (builder, cpt_invoice_get_lines (invoice));
      cpt_api_add_tax_rows (builder, cpt_invoice_get_taxes (invoice));
    }
  json_builder_end_object (builder);
}

static void
reply_invoice (CptApiRequest *request,
               guint          status,
               gint64         invoice_id)
{
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  invoice = cpt_invoice_service_get (request->database, invoice_id, &error);
  if (invoice == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  invoice_to_json (builder, invoice, TRUE);
  cpt_api_request_reply_builder (request, status, builder);
}

/* {line_items, date} of a create or draft update. */
static gboolean
read_invoice_request (CptApiRequest      *request,
                      CptApiInput        *input,
                      CptInvoiceRequest  *invoice,
                      GArray            **lines,
                      char              **date)
{
  cpt_api_input_date (input, "date", date);
  *lines = cpt_api_read_line_quantities (input);
  if (!cpt_api_request_check_input (request, input))
    return FALSE;

  invoice->date = *date;
  if (*lines != NULL)
    {
      invoice->lines = (const CptLineQuantity *) (*lines)->data;
      invoice->n_lines = (*lines)->len;
    }
  return TRUE;
}

static void
create_invoice (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  CptInvoiceRequest invoice = { 0 };
  gboolean issue = FALSE;
  gint64 order_id = cpt_api_request_get_id (request, 0);
  gint64 invoice_id;

  if (input == NULL)
    return;
  cpt_api_input_bool (input, "issue", &issue);
  if (!read_invoice_request (request, input, &invoice, &lines, &date))
    return;

  if (issue)
    invoice_id = cpt_invoice_service_create_issued (request->database, order_id, &invoice, &error);
  else
    invoice_id = cpt_invoice_service_create_draft (request->database, order_id, &invoice, &error);
  if (invoice_id <= 0)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_invoice (request, 201, invoice_id);
}

static gboolean
read_invoice_query (CptApiRequest   *request,
                    CptInvoiceQuery *query)
{
  static const char * const sort_names[] = { "date", "number", "total", NULL };
  static const CptInvoiceSort sorts[] = { CPT_INVOICE_SORT_DATE, CPT_INVOICE_SORT_NUMBER, CPT_INVOICE_SORT_TOTAL };
  const char *status = cpt_api_request_get_query (request, "status");
  guint sort = G_N_ELEMENTS (sorts);

  if (status != NULL)
    {
      CptInvoiceStatus value;

      if (!cpt_invoice_status_from_string (status, &value))
        {
          cpt_api_request_reply_query_error (request, "status",
                                             _("The status filter must be draft, issued, sent, paid or credited."));
          return FALSE;
        }
      query->status = value;
    }
  if (!cpt_api_request_get_sort (request, sort_names,
                                 _("The sort must be date, -date, number, -number, total or -total."),
                                 &sort, &query->descending))
    return FALSE;
  if (sort < G_N_ELEMENTS (sorts))
    query->sort = sorts[sort];
  query->search = cpt_api_request_get_query (request, "search");
  return cpt_api_request_get_query_id (request, "customer_id", &query->customer_id) &&
         cpt_api_request_get_query_id (request, "salesorder_id", &query->order_id);
}

static void
invoice_row_to_json (JsonBuilder *builder,
                     gpointer     invoice)
{
  invoice_to_json (builder, invoice, FALSE);
}

static void
list_invoices (CptApiRequest *request)
{
  CptInvoiceQuery query = CPT_INVOICE_QUERY_INIT;
  g_autoptr(GPtrArray) invoices = NULL;
  g_autoptr(GError) error = NULL;
  gint64 after_id = 0;
  guint limit;
  gboolean ok;

  if (!cpt_api_request_get_limit (request, &limit) || !read_invoice_query (request, &query) ||
      !cpt_api_request_get_cursor (request, "fa", &after_id))
    return;

  if (after_id != 0)
    {
      g_autoptr(GPtrArray) after = NULL;

      if (!cpt_invoice_service_get_rows (request->database, &after_id, 1, &after, &error))
        {
          cpt_api_request_reply_error (request, error);
          return;
        }
      if (after->len == 0)
        {
          cpt_api_request_reply_bad_cursor (request);
          return;
        }
      ok = cpt_invoice_service_next_page (request->database, &query, g_ptr_array_index (after, 0),
                                          limit + 1, &invoices, &error);
    }
  else
    ok = cpt_invoice_service_first_page (request->database, &query, limit + 1, &invoices, &error);
  if (!ok)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_request_reply_page (request, "invoices", invoices, limit, "fa",
                              (CptApiRowId) cpt_invoice_get_id, invoice_row_to_json);
}

static void
get_invoice (CptApiRequest *request)
{
  gint64 invoice_id = cpt_api_request_get_id (request, 0);

  if (!cpt_api_request_reply_pdf_if_wanted (request, cpt_document_load_invoice, invoice_id))
    reply_invoice (request, 200, invoice_id);
}

static void
update_invoice (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  CptInvoiceRequest invoice = { 0 };
  gint64 invoice_id = cpt_api_request_get_id (request, 0);

  if (input == NULL || !read_invoice_request (request, input, &invoice, &lines, &date))
    return;
  if (!cpt_invoice_service_update_draft (request->database, invoice_id, &invoice, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_invoice (request, 200, invoice_id);
}

static void
delete_invoice (CptApiRequest *request)
{
  cpt_api_request_reply_delete (request, cpt_invoice_service_delete_draft);
}

static void
issue_invoice (CptApiRequest *request)
{
  g_autoptr(GError) error = NULL;
  gint64 invoice_id = cpt_api_request_get_id (request, 0);

  if (!cpt_invoice_service_issue (request->database, invoice_id, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_invoice (request, 200, invoice_id);
}

static void
mark_paid (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 invoice_id = cpt_api_request_get_id (request, 0);

  if (input == NULL)
    return;
  cpt_api_input_date (input, "date", &date);
  if (!cpt_api_request_check_input (request, input))
    return;
  if (!cpt_invoice_service_mark_paid (request->database, invoice_id, date, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_invoice (request, 200, invoice_id);
}

static void
credit_note_to_json (JsonBuilder   *builder,
                     CptCreditNote *credit_note,
                     gboolean       with_lines)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_credit_note_get_id (credit_note));
  cpt_api_json_add_string (builder, "creditnote_number", cpt_credit_note_get_number (credit_note));
  cpt_api_json_add_string (builder, "status", cpt_credit_note_get_status (credit_note));
  cpt_api_json_add_id (builder, "invoice_id", cpt_credit_note_get_invoice_id (credit_note));
  cpt_api_json_add_string (builder, "invoice_number", cpt_credit_note_get_invoice_number (credit_note));
  cpt_api_json_add_id (builder, "salesorder_id", cpt_credit_note_get_order_id (credit_note));
  cpt_api_json_add_id (builder, "customer_id", cpt_credit_note_get_customer_id (credit_note));
  cpt_api_json_add_string (builder, "customer_name", cpt_credit_note_get_customer_name (credit_note));
  cpt_api_json_add_string (builder, "date", cpt_credit_note_get_date (credit_note));
  cpt_api_json_add_string (builder, "reason", cpt_credit_note_get_reason (credit_note));
  cpt_api_json_add_money (builder, "sub_total", cpt_credit_note_get_sub_total (credit_note));
  cpt_api_json_add_money (builder, "discount_total", cpt_credit_note_get_discount_total (credit_note));
  cpt_api_json_add_money (builder, "shipping_charge", cpt_credit_note_get_shipping_charge (credit_note));
  cpt_api_json_add_money (builder, "tax_total", cpt_credit_note_get_tax_total (credit_note));
  cpt_api_json_add_money (builder, "adjustment", cpt_credit_note_get_adjustment (credit_note));
  cpt_api_json_add_money (builder, "total", cpt_credit_note_get_total (credit_note));
  if (with_lines)
    {
      cpt_api_address_to_json (builder, "billing_address", cpt_credit_note_get_billing_address (credit_note));
      cpt_api_add_invoice_lines (builder, cpt_credit_note_get_lines (credit_note));
      cpt_api_add_tax_rows (builder, cpt_credit_note_get_taxes (credit_note));
    }
  json_builder_end_object (builder);
}

static void
reply_credit_note (CptApiRequest *request,
                   guint          status,
                   gint64         credit_note_id)
{
  g_autoptr(CptCreditNote) credit_note = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  credit_note = cpt_credit_note_service_get (request->database, credit_note_id, &error);
  if (credit_note == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  credit_note_to_json (builder, credit_note, TRUE);
  cpt_api_request_reply_builder (request, status, builder);
}

static void
create_credit_note (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;
  gint64 credit_note_id;

  if (input == NULL)
    return;
  cpt_api_input_string (input, "reason", &reason);
  cpt_api_input_date (input, "date", &date);
  if (!cpt_api_request_check_input (request, input))
    return;

  credit_note_id = cpt_credit_note_service_create (request->database, cpt_api_request_get_id (request, 0),
                                                   reason, date, &error);
  if (credit_note_id <= 0)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_credit_note (request, 201, credit_note_id);
}

static void
credit_note_row_to_json (JsonBuilder *builder,
                         gpointer     credit_note)
{
  credit_note_to_json (builder, credit_note, FALSE);
}

static void
list_credit_notes (CptApiRequest *request)
{
  CptCreditNoteQuery query = { 0 };
  g_autoptr(CptCreditNote) after = NULL;
  g_autoptr(GPtrArray) credit_notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 after_id = 0;
  guint limit;

  if (!cpt_api_request_get_limit (request, &limit) ||
      !cpt_api_request_get_query_id (request, "invoice_id", &query.invoice_id) ||
      !cpt_api_request_get_query_id (request, "salesorder_id", &query.order_id) ||
      !cpt_api_request_get_query_id (request, "customer_id", &query.customer_id) ||
      !cpt_api_request_get_cursor (request, "av", &after_id))
    return;
  query.search = cpt_api_request_get_query (request, "search");

  if (after_id != 0 && (after = cpt_credit_note_service_get (request->database, after_id, NULL)) == NULL)
    {
      cpt_api_request_reply_bad_cursor (request);
      return;
    }
  if (!cpt_credit_note_service_list (request->database, &query, after, limit + 1, &credit_notes, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_request_reply_page (request, "creditnotes", credit_notes, limit, "av",
                              (CptApiRowId) cpt_credit_note_get_id, credit_note_row_to_json);
}

static void
get_credit_note (CptApiRequest *request)
{
  gint64 credit_note_id = cpt_api_request_get_id (request, 0);

  if (!cpt_api_request_reply_pdf_if_wanted (request, cpt_document_load_credit_note, credit_note_id))
    reply_credit_note (request, 200, credit_note_id);
}

void
cpt_api_invoices_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/{id}/invoices", create_invoice);
  cpt_api_server_add_route (server, "GET", "/api/v1/invoices", list_invoices);
  cpt_api_server_add_route (server, "GET", "/api/v1/invoices/{id}", get_invoice);
  cpt_api_server_add_route (server, "PUT", "/api/v1/invoices/{id}", update_invoice);
  cpt_api_server_add_route (server, "DELETE", "/api/v1/invoices/{id}", delete_invoice);
  cpt_api_server_add_route (server, "POST", "/api/v1/invoices/{id}/issue", issue_invoice);
  cpt_api_server_add_route (server, "POST", "/api/v1/invoices/{id}/paid", mark_paid);
  cpt_api_server_add_route (server, "POST", "/api/v1/invoices/{id}/creditnote", create_credit_note);
  cpt_api_server_add_route (server, "GET", "/api/v1/creditnotes", list_credit_notes);
  cpt_api_server_add_route (server, "GET", "/api/v1/creditnotes/{id}", get_credit_note);
}
