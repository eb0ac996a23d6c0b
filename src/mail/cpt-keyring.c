/* cpt-keyring.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-keyring.h"

static const SecretSchema *
smtp_schema (void)
{
  static const SecretSchema schema = {
    "fr.comptoir.Comptoir.Smtp", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "username", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

static GHashTable *
attributes_for (const char *host,
                const char *username)
{
  GHashTable *attributes = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (attributes, (gpointer) "host", (gpointer) (host ? host : ""));
  g_hash_table_insert (attributes, (gpointer) "username", (gpointer) (username ? username : ""));

  return attributes;
}

/* Every way of not having a usable keyring ends here: the technical cause
 * goes to the debug log, the user gets what it means for them. */
static gboolean
set_unavailable (GError     **error,
                 GError      *cause,
                 const char  *message)
{
  if (cause != NULL && g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, cause);
      return FALSE;
    }

  g_debug ("Keyring unavailable: %s", cause ? cause->message : message);
  g_clear_error (&cause);
  g_set_error_literal (error, CPT_ERROR, CPT_ERROR_IO, message);

  return FALSE;
}

static SecretService *
get_service (GCancellable  *cancellable,
             GError       **error)
{
  GError *cause = NULL;
  SecretService *service;

  service = secret_service_get_sync (SECRET_SERVICE_OPEN_SESSION, cancellable, &cause);
  if (service == NULL)
    set_unavailable (error, cause,
                     _("No keyring is available on this computer, so the e-mail password cannot be kept."));

  return service;
}

static gboolean
unlock (SecretService  *service,
        GDBusProxy     *object,
        gboolean        locked,
        GCancellable   *cancellable,
        GError        **error)
{
  g_autoptr(GList) objects = NULL;
  GError *cause = NULL;

  if (!locked)
    return TRUE;

  /* The desktop asks for the keyring's password here. */
  objects = g_list_append (NULL, object);
  if (secret_service_unlock_sync (service, objects, cancellable, NULL, &cause) > 0)
    return TRUE;

  return set_unavailable (error, cause,
                          _("The keyring is locked and was not unlocked, so the e-mail password cannot be read or kept."));
}

gboolean
cpt_keyring_store_password (const char    *host,
                            const char    *username,
                            const char    *password,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(SecretCollection) collection = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(SecretValue) value = NULL;
  g_autofree char *label = NULL;
  GError *cause = NULL;

  g_return_val_if_fail (password != NULL, FALSE);

  service = get_service (cancellable, error);
  if (service == NULL)
    return FALSE;

  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                 SECRET_COLLECTION_NONE, cancellable, &cause);
  if (collection == NULL)
    return set_unavailable (error, cause,
                            _("The keyring has no default collection, so the e-mail password cannot be kept."));

  if (!unlock (service, G_DBUS_PROXY (collection), secret_collection_get_locked (collection),
               cancellable, error))
    return FALSE;

  attributes = attributes_for (host, username);
  /* TRANSLATORS: the label of the password in the desktop's keyring */
  label = g_strdup_printf (_("Comptoir e-mail password for %s on %s"), username, host);
  value = secret_value_new (password, -1, "text/plain");
  if (!secret_service_store_sync (service, smtp_schema (), attributes, SECRET_COLLECTION_DEFAULT,
                                  label, value, cancellable, &cause))
    return set_unavailable (error, cause,
                            _("The keyring refused to keep the e-mail password."));

  return TRUE;
}

char *
cpt_keyring_lookup_password (const char    *host,
                             const char    *username,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autolist(SecretItem) items = NULL;
  g_autoptr(SecretValue) value = NULL;
  SecretItem *item;
  GError *cause = NULL;

  service = get_service (cancellable, error);
  if (service == NULL)
    return NULL;

  attributes = attributes_for (host, username);
  items = secret_service_search_sync (service, smtp_schema (), attributes,
                                      SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS,
                                      cancellable, &cause);
  if (cause != NULL)
    {
      set_unavailable (error, cause,
                       _("The keyring could not be searched for the e-mail password."));
      return NULL;
    }
  if (items == NULL)
    return NULL;

  item = items->data;
  if (secret_item_get_locked (item))
    {
      set_unavailable (error, NULL,
                       _("The keyring is locked and was not unlocked, so the e-mail password cannot be read or kept."));
      return NULL;
    }

  value = secret_item_get_secret (item);
  if (value == NULL)
    return NULL;

  return g_strdup (secret_value_get_text (value));
}

gboolean
cpt_keyring_clear_password (const char    *host,
                            const char    *username,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  GError *cause = NULL;

  service = get_service (cancellable, error);
  if (service == NULL)
    return FALSE;

  attributes = attributes_for (host, username);
  secret_service_clear_sync (service, smtp_schema (), attributes, cancellable, &cause);
  if (cause != NULL)
    return set_unavailable (error, cause, _("The keyring refused to forget the e-mail password."));

  return TRUE;
}

typedef struct
{
  char *host;
  char *username;
  char *password;
} KeyringRequest;

static void
keyring_request_free (KeyringRequest *request)
{
  g_free (request->host);
  g_free (request->username);
  if (request->password != NULL)
    explicit_bzero (request->password, strlen (request->password));
  g_free (request->password);
  g_free (request);
}

static GTask *
keyring_task_new (const char          *host,
                  const char          *username,
                  const char          *password,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data,
                  gpointer             source_tag)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  KeyringRequest *request = g_new0 (KeyringRequest, 1);

  request->host = g_strdup (host);
  request->username = g_strdup (username);
  request->password = g_strdup (password);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, request, (GDestroyNotify) keyring_request_free);

  return task;
}

static void
store_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  KeyringRequest *request = task_data;
  GError *error = NULL;

  if (cpt_keyring_store_password (request->host, request->username, request->password,
                                  cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cpt_keyring_store_password_async (const char          *host,
                                  const char          *username,
                                  const char          *password,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (password != NULL);

  task = keyring_task_new (host, username, password, cancellable, callback, user_data,
                           cpt_keyring_store_password_async);
  g_task_run_in_thread (task, store_thread);
}

gboolean
cpt_keyring_store_password_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  KeyringRequest *request = task_data;
  GError *error = NULL;
  char *password;

  password = cpt_keyring_lookup_password (request->host, request->username, cancellable, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, password, g_free);
}

void
cpt_keyring_lookup_password_async (const char          *host,
                                   const char          *username,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  task = keyring_task_new (host, username, NULL, cancellable, callback, user_data,
                           cpt_keyring_lookup_password_async);
  g_task_run_in_thread (task, lookup_thread);
}

/* NULL without an error: the keyring works but holds no password for
 * this server and user. */
char *
cpt_keyring_lookup_password_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
