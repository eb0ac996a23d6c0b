/* bench-customers.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cpt-customer-service.h"
#include "cpt-item-service.h"

/* The order form's customer type-ahead and the customers and items lists
 * on a file with 100 000 customers and 10 000 items. Prints a table and
 * merges the best of a few runs into _build/bench/results.json. Goal:
 * every search answers well under 50 ms. */

#define N_CUSTOMERS 100000
#define N_ITEMS     10000
#define N_RUNS      5

static const char * const first_names[] = {
  "Éric", "Hélène", "Zoé", "Noël", "Amélie", "Jérôme", "Léa", "Théo", "Céline", "Gaëlle",
  "François", "Inès", "Chloé", "Rémi", "Anaïs", "Loïc", "Maëlle", "Bruno", "Sophie", "Julien",
};
static const char * const last_names[] = {
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
  "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
  "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
  "Lambert", "Bonnet", "François", "Martinez",
};
static const char * const cities[] = {
  "Lyon", "Paris", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier",
  "Bordeaux", "Lille", "Rennes", "Reims", "Saint-Étienne", "Le Havre", "Grenoble", "Dijon",
  "Angers", "Nîmes", "Villeurbanne", "Besançon",
};

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

  if (json_parser_load_from_file (parser, path, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_copy (json_parser_get_root (parser));
  else
    root = json_node_init_object (json_node_alloc (), json_object_new ());
  json_object_set_int_member (json_node_get_object (root), key, value);

  g_mkdir_with_parents (dir, 0755);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, path, &error))
    g_error ("%s: %s", path, error->message);
}

static void
fill (CptDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (7);

  if (!cpt_database_begin (db, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_CUSTOMERS; i++)
    {
      g_autoptr(CptCustomer) customer = cpt_customer_new ();
      const char *first = first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))];
      const char *last = last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))];
      const char *city = cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))];
      g_autofree char *name = g_strdup_printf ("%s %s %u", last, first, i);
      g_autofree char *email = g_strdup_printf ("client%u@exemple.fr", i);
      g_autoptr(CptAddress) address = cpt_address_new ("1 rue de la Paix", NULL, "69000", city, "France");

      cpt_customer_set_display_name (customer, name);
      cpt_customer_set_email (customer, email);
      cpt_customer_set_billing_address (customer, address);
      if (!cpt_customer_service_create (db, customer, &error))
        g_error ("%s", error->message);
    }

  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autoptr(CptItem) item = cpt_item_new ();
      g_autofree char *name = g_strdup_printf ("Article %s %u", cities[i % G_N_ELEMENTS (cities)], i);
      g_autofree char *sku = g_strdup_printf ("SKU-%05u", i);

      cpt_item_set_name (item, name);
      cpt_item_set_sku (item, sku);
      cpt_item_set_rate (item, 1000 + i);
      cpt_item_set_reorder_level (item, (i % 3) * 1000);
      if (!cpt_item_service_create (db, item, &error))
        g_error ("%s", error->message);
    }

  if (!cpt_database_commit (db, &error))
    g_error ("%s", error->message);
  g_rand_free (rand);
}

typedef gboolean (*Probe) (CptDatabase *db, gconstpointer data);

static gboolean
probe_complete (CptDatabase   *db,
                gconstpointer  text)
{
  g_autoptr(GPtrArray) found = cpt_customer_service_complete (db, text, 20, NULL);

  return found != NULL && found->len > 0;
}

static gboolean
probe_list_ids (CptDatabase   *db,
                gconstpointer  text)
{
  g_autoptr(GArray) ids = cpt_customer_service_list_ids (db, text, NULL);

  return ids != NULL && ids->len > 0;
}

static gboolean
probe_first_page (CptDatabase   *db,
                  gconstpointer  text)
{
  g_autoptr(GPtrArray) rows = cpt_customer_service_list (db, text, NULL, 128, NULL, NULL);

  return rows != NULL && rows->len > 0;
}

static gboolean
probe_items_to_reorder (CptDatabase   *db,
                        gconstpointer  data)
{
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();
  g_autoptr(GArray) ids = NULL;

  query->to_reorder = TRUE;
  return cpt_item_service_list_ids (db, query, &ids, NULL) && ids->len > 0;
}

static void
measure (CptDatabase   *db,
         const char    *label,
         const char    *key,
         Probe          probe,
         gconstpointer  data,
         int            goal_ms)
{
  gint64 best = G_MAXINT64;

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!probe (db, data))
        g_error ("%s: no result", label);
      best = MIN (best, g_get_monotonic_time () - start);
    }

  g_print ("%-40s %8.2f ms %6d ms\n", label, best / 1000.0, goal_ms);
  merge_result (key, best);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cpt-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(CptDatabase) db = NULL;
  gint64 start;

  db = cpt_database_open (path, &error);
  if (db == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  fill (db);
  g_print ("%-40s %8.2f s\n", "create 100 000 customers, 10 000 items",
           (g_get_monotonic_time () - start) / 1e6);

  g_print ("%-40s %11s %9s\n", "benchmark (100 000 customers)", "time", "goal");
  measure (db, "type-ahead 'du' (name prefix)", "customers_complete_prefix_us",
           probe_complete, "du", 50);
  measure (db, "type-ahead 'lyon' (city)", "customers_complete_city_us",
           probe_complete, "lyon", 50);
  measure (db, "type-ahead 'client4242@' (e-mail)", "customers_complete_email_us",
           probe_complete, "client4242@", 50);
  measure (db, "first page of 128, by name", "customers_first_page_us",
           probe_first_page, NULL, 50);
  measure (db, "search 'eric lef', first page", "customers_search_page_us",
           probe_first_page, "eric lef", 50);
  measure (db, "all ids, by name", "customers_all_ids_us",
           probe_list_ids, NULL, 1000);
  measure (db, "items to reorder (10 000 items)", "items_to_reorder_us",
           probe_items_to_reorder, NULL, 200);

  g_clear_object (&db);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
