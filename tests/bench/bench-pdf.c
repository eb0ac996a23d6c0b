/* bench-pdf.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "cpt-pdf-export.h"
#include "cpt-test-documents.h"

/* Renders a 1 000-line invoice to PDF, as the e-mail dialog and the API
 * do, and merges the best of a few runs into _build/bench/results.json
 * as `pdf_1000_lines_ms`. Goal: under one second. */

#define N_LINES 1000
#define N_RUNS  5

static void
merge_result (const char *key,
              gint64      value)
{
  g_autofree char *dir = g_build_filename (g_getenv ("CPT_BUILD_ROOT") != NULL
                                           ? g_getenv ("CPT_BUILD_ROOT") : ".", "bench", NULL);
  g_autofree char *path = g_build_filename (dir, "results.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  /* Keep what the other benchmarks wrote. */
  if (json_parser_load_from_file (parser, path, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_copy (json_parser_get_root (parser));
  else
    root = json_node_init_object (json_node_alloc (), json_object_new ());
  object = json_node_get_object (root);
  json_object_set_int_member (object, key, value);

  g_mkdir_with_parents (dir, 0755);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, path, &error))
    g_error ("%s: %s", path, error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(CptTotals) totals = { 0, };
  g_autoptr(CptDocument) invoice = NULL;
  gint64 best = G_MAXINT64;
  gsize size = 0;

  cpt_test_documents_use_french ();
  invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, N_LINES, FALSE, &totals);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pdf = NULL;
      gint64 start = g_get_monotonic_time ();

      pdf = cpt_document_render_pdf_bytes (invoice, &error);
      if (pdf == NULL)
        g_error ("%s", error->message);
      best = MIN (best, g_get_monotonic_time () - start);
      size = g_bytes_get_size (pdf);
    }

  g_print ("%-28s %10s %10s\n", "benchmark", "time", "goal");
  g_print ("%-28s %7.1f ms %7d ms   (%" G_GSIZE_FORMAT " bytes)\n",
           "PDF, 1 000-line invoice", best / 1000.0, 1000, size);
  merge_result ("pdf_1000_lines_ms", (best + 500) / 1000);
  return 0;
}
