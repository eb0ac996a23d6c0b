/* cpt-test-smtp-server.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-test-smtp-server"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cpt-test-smtp-server.h"

struct _CptTestSmtpServer
{
  char        *directory;
  char        *ca_file;
  GSubprocess *process;
  guint        port;
};

static void
run_or_abort (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* An EC key: made in milliseconds, where RSA takes a noticeable while. */
static void
make_certificate (CptTestSmtpServer *self)
{
  g_autofree char *key = g_build_filename (self->directory, "key.pem", NULL);
  const char *argv[] = {
    "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
    "-nodes", "-keyout", key, "-out", self->ca_file, "-days", "2", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", NULL
  };

  run_or_abort (argv);
}

CptTestSmtpServer *
cpt_test_smtp_server_start (const char *security,
                            const char *user,
                            const char *password,
                            const char *refuse)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "mail", "smtp-server.py", NULL);
  CptTestSmtpServer *self = g_new0 (CptTestSmtpServer, 1);

  self->directory = g_dir_make_tmp ("cpt-smtp-XXXXXX", &error);
  g_assert_no_error (error);
  self->ca_file = g_build_filename (self->directory, "cert.pem", NULL);
  make_certificate (self);

  /* Debian's python3 has aiosmtpd; a python3 earlier in PATH may not. */
  g_ptr_array_add (argv, g_strdup ("/usr/bin/python3"));
  g_ptr_array_add (argv, g_strdup (script));
  g_ptr_array_add (argv, g_strdup ("--directory"));
  g_ptr_array_add (argv, g_strdup (self->directory));
  if (g_strcmp0 (security, "none") != 0)
    {
      g_ptr_array_add (argv, g_strdup ("--cert"));
      g_ptr_array_add (argv, g_strdup (self->ca_file));
      g_ptr_array_add (argv, g_strdup ("--key"));
      g_ptr_array_add (argv, g_build_filename (self->directory, "key.pem", NULL));
    }
  if (g_strcmp0 (security, "tls") == 0)
    g_ptr_array_add (argv, g_strdup ("--implicit-tls"));
  if (user != NULL)
    {
      g_ptr_array_add (argv, g_strdup ("--user"));
      g_ptr_array_add (argv, g_strdup (user));
      g_ptr_array_add (argv, g_strdup ("--password"));
      g_ptr_array_add (argv, g_strdup (password));
    }
  if (refuse != NULL)
    {
      g_ptr_array_add (argv, g_strdup ("--refuse"));
      g_ptr_array_add (argv, g_strdup (refuse));
    }
  g_ptr_array_add (argv, NULL);

  self->process = g_subprocess_newv ((const char * const *) argv->pdata,
                                     G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                     &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->process));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "PORT "));
  self->port = (guint) g_ascii_strtoull (line + 5, NULL, 10);
  g_assert_cmpuint (self->port, >, 0);

  return self;
}

guint
cpt_test_smtp_server_get_port (CptTestSmtpServer *self)
{
  return self->port;
}

const char *
cpt_test_smtp_server_get_ca_file (CptTestSmtpServer *self)
{
  return self->ca_file;
}

const char *
cpt_test_smtp_server_get_directory (CptTestSmtpServer *self)
{
  return self->directory;
}

guint
cpt_test_smtp_server_count_messages (CptTestSmtpServer *self)
{
  guint count = 0;

  while (TRUE)
    {
      g_autofree char *name = g_strdup_printf ("message-%u.eml", count + 1);
      g_autofree char *path = g_build_filename (self->directory, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return count;
      count++;
    }
}

/* The server answers 250 after writing the file, so the message is
 * there as soon as the client returns; the short wait is for safety. */
char *
cpt_test_smtp_server_wait_message (CptTestSmtpServer *self,
                                   guint              index)
{
  g_autofree char *name = g_strdup_printf ("message-%u.eml", index);
  g_autofree char *path = g_build_filename (self->directory, name, NULL);

  for (guint i = 0; i < 50 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    g_usleep (G_USEC_PER_SEC / 10);

  return g_file_test (path, G_FILE_TEST_EXISTS) ? g_steal_pointer (&path) : NULL;
}

JsonObject *
cpt_test_smtp_server_get_envelope (CptTestSmtpServer *self,
                                   guint              index)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("message-%u.json", index);
  g_autofree char *path = g_build_filename (self->directory, name, NULL);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

void
cpt_test_smtp_server_stop (CptTestSmtpServer *self)
{
  g_autoptr(GError) error = NULL;

  if (self->process == NULL)
    return;

  g_output_stream_close (g_subprocess_get_stdin_pipe (self->process), NULL, NULL);
  g_subprocess_wait (self->process, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&self->process);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
cpt_test_smtp_server_free (CptTestSmtpServer *self)
{
  cpt_test_smtp_server_stop (self);
  remove_tree (self->directory);
  g_free (self->directory);
  g_free (self->ca_file);
  g_free (self);
}

JsonObject *
cpt_test_parse_message (const char *path,
                        const char *attachment_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "mail", "parse-message.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "/usr/bin/python3", script, path, attachment_path, NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("parse-message.py failed: %s", err);

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

char *
cpt_test_pdf_to_text (const char *pdf_path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf_path, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* A port nothing listens on: bound then released. */
guint
cpt_test_unused_port (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}
