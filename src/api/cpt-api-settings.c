/* cpt-api-settings.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-routes.h"
#include "cpt-date.h"
#include "cpt-number-series.h"
#include "cpt-settings-service.h"

/* The document type is the last segment of the path. */
static const char *
numbering_doc_type (CptApiRequest *request)
{
  guint n = g_strv_length ((GStrv) request->segments);

  return request->segments[n - 1];
}

static void
reply_numbering (CptApiRequest   *request,
                 CptNumberSeries *series)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *today = cpt_date_today ();
  g_autofree char *preview = cpt_number_series_preview (series, today);

  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "document_type", series->doc_type);
  cpt_api_json_add_string (builder, "mode", series->manual ? "manual" : "auto");
  cpt_api_json_add_string (builder, "prefix", series->prefix);
  cpt_api_json_add_int (builder, "next_number", series->next_number);
  cpt_api_json_add_int (builder, "padding", series->padding);
  cpt_api_json_add_bool (builder, "yearly_reset", series->yearly_reset);
  cpt_api_json_add_string (builder, "preview", preview);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
get_numbering (CptApiRequest *request)
{
  g_autoptr(CptNumberSeries) series = NULL;
  g_autoptr(GError) error = NULL;

  series = cpt_number_series_get (request->database, numbering_doc_type (request), &error);
  if (series == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_numbering (request, series);
}

static void
put_numbering (CptApiRequest *request)
{
  static const char * const modes[] = { "auto", "manual", NULL };
  g_autoptr(CptNumberSeries) series = NULL;
  g_autoptr(CptApiInput) input = NULL;
  g_autoptr(GError) error = NULL;
  gint64 value = 0;
  guint mode = 0;

  series = cpt_number_series_get (request->database, numbering_doc_type (request), &error);
  if (series == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if ((input = cpt_api_request_read_body (request)) == NULL)
    return;

  if (cpt_api_input_choice (input, "mode", modes, &mode))
    series->manual = (mode == 1);
  cpt_api_input_string (input, "prefix", &series->prefix);
  if (cpt_api_input_int (input, "next_number", 1, G_MAXINT64, &value))
    series->next_number = value;
  if (cpt_api_input_int (input, "padding", 0, 12, &value))
    series->padding = (guint) value;
  cpt_api_input_bool (input, "yearly_reset", &series->yearly_reset);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_number_series_set (request->database, series, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  g_clear_pointer (&series, cpt_number_series_free);
  series = cpt_number_series_get (request->database, numbering_doc_type (request), &error);
  if (series == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_numbering (request, series);
}

static void
reply_closing_rule (CptApiRequest *request)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "rule",
                           cpt_closing_rule_to_string (cpt_settings_get_closing_rule (request->database)));
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
get_closing_rule (CptApiRequest *request)
{
  reply_closing_rule (request);
}

static void
put_closing_rule (CptApiRequest *request)
{
  static const char * const rules[] = { "invoiced", "shipped", "shipped_and_invoiced", NULL };
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  CptClosingRule rule;
  guint n_details;
  guint index = 0;

  if (input == NULL)
    return;
  n_details = cpt_api_input_get_details (input)->len;
  if (!cpt_api_input_choice (input, "rule", rules, &index) &&
      cpt_api_input_get_details (input)->len == n_details)
    cpt_api_input_add_detail (input, "rule", _("The closing rule is missing."));
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_closing_rule_from_string (rules[index], &rule))
    g_assert_not_reached ();
  if (!cpt_settings_set_closing_rule (request->database, rule, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_closing_rule (request);
}

void
cpt_api_settings_register (CptApiServer *server)
{
  static const char * const doc_types[] = {
    CPT_DOC_TYPE_SALES_ORDER, CPT_DOC_TYPE_INVOICE, CPT_DOC_TYPE_CREDIT_NOTE, CPT_DOC_TYPE_SHIPMENT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (doc_types); i++)
    {
      g_autofree char *path = g_strconcat ("/api/v1/settings/numbering/", doc_types[i], NULL);

      cpt_api_server_add_route (server, "GET", path, get_numbering);
      cpt_api_server_add_route (server, "PUT", path, put_numbering);
    }
  cpt_api_server_add_route (server, "GET", "/api/v1/settings/closing-rule", get_closing_rule);
  cpt_api_server_add_route (server, "PUT", "/api/v1/settings/closing-rule", put_closing_rule);
}
