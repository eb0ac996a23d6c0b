/* bench-api.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Real HTTP requests to the API on the 1 000 000-order file that the
 * orders benchmark generates in _build/bench/: GET of an order and POST of
 * a 3-line order, each timed from the client (one kept-alive connection,
 * as an integration would use). The orders created are removed at the
 * end so the file stays as it was. Prints a table and merges
 * api_get_order_p95_ms and api_post_order_p95_ms into
 * _build/bench/results.json. */

#include "config.h"

#include <curl/curl.h>
#include <glib/gstdio.h>

#include "cpt-api-routes.h"
#include "cpt-api-server.h"

#define TOKEN "bench-token"
#define N_CUSTOMERS 100000
#define N_ITEMS 10000
#define N_ORDERS 1000000
#define N_GETS 1000
#define N_POSTS 300
#define TARGET_MS 20.0

typedef struct
{
  guint   port;
  GArray *get_ms;
  GArray *post_ms;
  gint64  first_new;
  gint    done;
} Run;

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    g_error ("%s", error ? error->message : "failed");
}

static size_t
on_write (char   *data,
          size_t  size,
          size_t  n,
          void   *user_data)
{
  g_string_append_len (user_data, data, size * n);
  return size * n;
}

static double
request (CURL       *curl,
         guint       port,
         const char *method,
         const char *path,
         const char *body,
         GString    *answer)
{
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u%s", port, path);
  gint64 start;
  long status = 0;

  g_string_truncate (answer, 0);
  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_CUSTOMREQUEST, method);
  curl_easy_setopt (curl, CURLOPT_POSTFIELDS, body);
  if (body == NULL)
    curl_easy_setopt (curl, CURLOPT_HTTPGET, 1L);
  start = g_get_monotonic_time ();
  if (curl_easy_perform (curl) != CURLE_OK)
    g_error ("%s %s failed", method, path);
  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &status);
  if (status != 200 && status != 201)
    g_error ("%s %s: %ld %s", method, path, status, answer->str);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gpointer
client_thread (gpointer data)
{
  Run *run = data;
  CURL *curl = curl_easy_init ();
  struct curl_slist *headers = NULL;
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  headers = curl_slist_append (headers, "Authorization: Bearer " TOKEN);
  headers = curl_slist_append (headers, "Content-Type: application/json");
  headers = curl_slist_append (headers, "Expect:");
  curl_easy_setopt (curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, on_write);
  curl_easy_setopt (curl, CURLOPT_WRITEDATA, answer);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);

  for (guint i = 0; i < N_GETS; i++)
    {
      g_autofree char *path = g_strdup_printf ("/api/v1/salesorders/%d", g_rand_int_range (rand, 1, N_ORDERS + 1));
      double ms = request (curl, run->port, "GET", path, NULL, answer);

      g_array_append_val (run->get_ms, ms);
    }

  for (guint i = 0; i < N_POSTS; i++)
    {
      g_autofree char *body = NULL;
      double ms;

      body = g_strdup_printf ("{\"customer_id\": %d, \"date\": \"2026-11-28\", \"reference\": \"API-BENCH\","
                              " \"marketplace\": \"Boutique\", \"line_items\": ["
                              "{\"item_id\": %d, \"quantity\": \"1\"},"
                              "{\"item_id\": %d, \"quantity\": \"2\", \"discount\": \"5\"},"
                              "{\"item_id\": %d, \"quantity\": \"3\", \"rate\": \"19.99\"}]}",
                              g_rand_int_range (rand, 1, N_CUSTOMERS + 1),
                              g_rand_int_range (rand, 1, N_ITEMS + 1),
                              g_rand_int_range (rand, 1, N_ITEMS + 1),
                              g_rand_int_range (rand, 1, N_ITEMS + 1));
      ms = request (curl, run->port, "POST", "/api/v1/salesorders", body, answer);
      g_array_append_val (run->post_ms, ms);
      if (run->first_new == 0)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();

          if (json_parser_load_from_data (parser, answer->str, answer->len, NULL))
            run->first_new = json_object_get_int_member (json_node_get_object (json_parser_get_root (parser)), "id");
        }
    }

  curl_slist_free_all (headers);
  curl_easy_cleanup (curl);
  g_atomic_int_set (&run->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            guint   p)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, values->len * p / 100));
}

/* Replaces our two keys in results.json, keeps every other one; numbers
 * with three decimals like the other benchmarks. */
static void
merge_results (const char *path,
               double      get_p95,
               double      post_p95)
{
  static const char * const keys[] = { "api_get_order_p95_ms", "api_post_order_p95_ms" };
  double values[] = { get_p95, post_p95 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) out = g_string_new ("{\n");
  g_autoptr(GError) error = NULL;
  gboolean first = TRUE;

  if (json_parser_load_from_file (parser, path, NULL) && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      JsonObject *existing = json_node_get_object (json_parser_get_root (parser));
      g_autoptr(GList) members = json_object_get_members (existing);

      for (GList *m = members; m != NULL; m = m->next)
        {
          g_autofree char *value = NULL;

          if (g_str_equal (m->data, keys[0]) || g_str_equal (m->data, keys[1]))
            continue;
          value = json_to_string (json_object_get_member (existing, m->data), FALSE);
          g_string_append_printf (out, "%s  \"%s\": %s", first ? "" : ",\n", (char *) m->data, value);
          first = FALSE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (number, sizeof number, "%.3f", values[i]);
      g_string_append_printf (out, "%s  \"%s\": %s", first ? "" : ",\n", keys[i], number);
      first = FALSE;
    }
  g_string_append (out, "\n}\n");
  check (g_file_set_contents (path, out->str, out->len, &error), error);
}

/* The file comes from the orders benchmark; run it first when it is not
 * there yet. */
static void
ensure_file (const char *path)
{
  g_autofree char *done = g_strconcat (path, ".complete", NULL);
  const char *generator = g_getenv ("CPT_BENCH_ORDERS");
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (g_file_test (done, G_FILE_TEST_EXISTS))
    return;
  g_print ("# %s is missing: running the orders benchmark to generate it\n", path);
  check (generator != NULL && g_spawn_sync (NULL, (char *[]) { (char *) generator, NULL }, NULL, 0,
                                            NULL, NULL, NULL, NULL, &status, &error), error);
  check (g_file_test (done, G_FILE_TEST_EXISTS), NULL);
}

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("CPT_BUILD_ROOT");
  g_autofree char *dir = g_build_filename (build_root ? build_root : ".", "bench", NULL);
  g_autofree char *path = g_build_filename (dir, "orders-1m.db", NULL);
  g_autofree char *json = g_build_filename (dir, "results.json", NULL);
  g_autoptr(CptDatabase) db = NULL;
  g_autoptr(CptApiServer) server = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) get_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) post_ms = g_array_new (FALSE, FALSE, sizeof (double));
  Run run = { 0 };
  GThread *thread;
  double get_p50, get_p95, post_p50, post_p95;

  g_mkdir_with_parents (dir, 0755);
  ensure_file (path);
  db = cpt_database_open (path, &error);
  check (db != NULL, error);

  server = cpt_api_server_new (db, TOKEN);
  cpt_api_routes_register (server);
  check (cpt_api_server_start (server, 0, &error), error);

  run.port = cpt_api_server_get_port (server);
  run.get_ms = get_ms;
  run.post_ms = post_ms;
  thread = g_thread_new ("bench-client", client_thread, &run);
  while (!g_atomic_int_get (&run.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  /* Put the file back as it was. */
  if (run.first_new > 0)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM sales_orders WHERE id >= %" G_GINT64_FORMAT, run.first_new);

      check (cpt_database_begin (db, &error), error);
      check (cpt_database_exec (db, sql, &error), error);
      check (cpt_database_commit (db, &error), error);
    }

  get_p50 = percentile (get_ms, 50);
  get_p95 = percentile (get_ms, 95);
  post_p50 = percentile (post_ms, 50);
  post_p95 = percentile (post_ms, 95);
  g_print ("\n%-24s %10s %10s %10s\n", "API (1 000 000 orders)", "p50 ms", "p95 ms", "target");
  g_print ("%-24s %10.2f %10.2f %7s%.0f %s\n", "GET order", get_p50, get_p95, "<=", TARGET_MS,
           get_p95 <= TARGET_MS ? "ok" : "MISSED");
  g_print ("%-24s %10.2f %10.2f %7s%.0f %s\n", "POST 3-line order", post_p50, post_p95, "<=", TARGET_MS,
           post_p95 <= TARGET_MS ? "ok" : "MISSED");
  merge_results (json, get_p95, post_p95);
  return 0;
}
