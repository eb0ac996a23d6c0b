/* fuzz-order-json.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes go through the body checks, the JSON parser
 * and the JSON → order mapping, then the order is written back as JSON —
 * the path every POST /api/v1/salesorders body takes before the service.
 * Built and run by build-aux/fuzz. */

#include "config.h"

#include <stdint.h>

#include "cpt-api-order-json.h"

static gboolean
item_rate (gint64    item_id,
           gint64   *rate,
           gpointer  user_data)
{
  *rate = item_id % 100000;
  return item_id % 7 != 0;
}

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Types are registered once, so that leak detection sees only what one
 * input allocates and forgets. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  static const char sample[] = "{\"line_items\": [{\"quantity\": 1}], \"discount\": {\"percent\": 1}}";

  LLVMFuzzerTestOneInput ((const uint8_t *) sample, sizeof sample - 1);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(CptApiInput) input = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) out = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;

  root = cpt_api_json_parse ((const char *) data, size, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  details = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_api_detail_free);
  input = cpt_api_input_new (json_node_get_object (root), details);
  order = cpt_order_new ();
  /* Twice: the second pass is an update of lines that now have ids. */
  cpt_api_order_from_json (input, order, item_rate, NULL);
  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    cpt_order_line_set_id (cpt_order_get_line (order, i), i + 1);
  cpt_api_order_from_json (input, order, item_rate, NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  cpt_api_order_to_json_members (builder, order);
  json_builder_end_object (builder);
  out = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_root (generator, out);
  text = json_generator_to_data (generator, NULL);
  g_assert (text != NULL);
  return 0;
}
