/* cpt-mail-settings.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-mail-settings"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-keyring.h"
#include "cpt-mail-message.h"
#include "cpt-mail-settings.h"
#include "cpt-settings-service.h"

struct _CptMailSettings
{
  GObject          parent_instance;

  char            *host;
  guint            port;
  CptSmtpSecurity  security;
  char            *username;
  char            *ca_file;
  char            *sender_name;
  char            *sender_address;
  /* NULL or "": the translated default of cpt-mail-template.c. */
  char            *subject[CPT_MAIL_N_DOCUMENTS];
  char            *body[CPT_MAIL_N_DOCUMENTS];
};

G_DEFINE_FINAL_TYPE (CptMailSettings, cpt_mail_settings, G_TYPE_OBJECT)

static void
cpt_mail_settings_finalize (GObject *object)
{
  CptMailSettings *self = CPT_MAIL_SETTINGS (object);

  g_free (self->host);
  g_free (self->username);
  g_free (self->ca_file);
  g_free (self->sender_name);
  g_free (self->sender_address);
  for (guint i = 0; i < CPT_MAIL_N_DOCUMENTS; i++)
    {
      g_free (self->subject[i]);
      g_free (self->body[i]);
    }

  G_OBJECT_CLASS (cpt_mail_settings_parent_class)->finalize (object);
}

static void
cpt_mail_settings_class_init (CptMailSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_mail_settings_finalize;
}

static void
cpt_mail_settings_init (CptMailSettings *self)
{
  self->host = g_strdup ("");
  self->security = CPT_SMTP_SECURITY_STARTTLS;
  self->port = cpt_smtp_security_default_port (self->security);
  self->username = g_strdup ("");
  self->ca_file = g_strdup ("");
  self->sender_name = g_strdup ("");
  self->sender_address = g_strdup ("");
}

CptMailSettings *
cpt_mail_settings_new (void)
{
  return g_object_new (CPT_TYPE_MAIL_SETTINGS, NULL);
}

static char *
template_key (CptMailDocument  document,
              const char      *part)
{
  return g_strdup_printf ("template_%s_%s", cpt_mail_document_get_id (document), part);
}

CptMailSettings *
cpt_mail_settings_load (CptDatabase *db)
{
  CptMailSettings *self;
  g_autofree char *security = NULL;
  gint64 port;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = cpt_mail_settings_new ();
  g_free (self->host);
  self->host = cpt_settings_get (db, CPT_SETTING_SMTP_HOST, "");
  security = cpt_settings_get (db, CPT_SETTING_SMTP_SECURITY, "starttls");
  if (!cpt_smtp_security_from_string (security, &self->security))
    self->security = CPT_SMTP_SECURITY_STARTTLS;
  port = cpt_settings_get_int (db, CPT_SETTING_SMTP_PORT, 0);
  self->port = port >= 1 && port <= 65535 ? (guint) port : cpt_smtp_security_default_port (self->security);
  g_free (self->username);
  self->username = cpt_settings_get (db, CPT_SETTING_SMTP_USERNAME, "");
  g_free (self->ca_file);
  self->ca_file = cpt_settings_get (db, CPT_SETTING_SMTP_CA_FILE, "");
  g_free (self->sender_name);
  self->sender_name = cpt_settings_get (db, CPT_SETTING_SENDER_NAME, "");
  g_free (self->sender_address);
  self->sender_address = cpt_settings_get (db, CPT_SETTING_SENDER_ADDRESS, "");

  for (guint i = 0; i < CPT_MAIL_N_DOCUMENTS; i++)
    {
      g_autofree char *subject_key = template_key (i, "subject");
      g_autofree char *body_key = template_key (i, "body");

      self->subject[i] = cpt_settings_get (db, subject_key, NULL);
      self->body[i] = cpt_settings_get (db, body_key, NULL);
    }

  return self;
}

gboolean
cpt_mail_settings_validate (CptMailSettings  *self,
                            GError          **error)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), FALSE);

  if (*self->host != '\0' && !cpt_smtp_host_is_valid (self->host))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The mail server name “%s” is not valid."), self->host);
      return FALSE;
    }
  if (self->port < 1 || self->port > 65535)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The port %u is not valid: it must be between 1 and 65535."), self->port);
      return FALSE;
    }
  if (*self->sender_address != '\0' && !cpt_mail_address_is_valid (self->sender_address))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The sender address “%s” is not valid."), self->sender_address);
      return FALSE;
    }
  if (*self->ca_file != '\0' && !g_file_test (self->ca_file, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The certificate authority file “%s” does not exist."), self->ca_file);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_all (CptMailSettings  *self,
           CptDatabase      *db,
           GError          **error)
{
  g_autofree char *port = g_strdup_printf ("%u", self->port);
  const struct { const char *key; const char *value; } fields[] = {
    { CPT_SETTING_SMTP_HOST, self->host },
    { CPT_SETTING_SMTP_PORT, port },
    { CPT_SETTING_SMTP_SECURITY, cpt_smtp_security_to_string (self->security) },
    { CPT_SETTING_SMTP_USERNAME, self->username },
    { CPT_SETTING_SMTP_CA_FILE, self->ca_file },
    { CPT_SETTING_SENDER_NAME, self->sender_name },
    { CPT_SETTING_SENDER_ADDRESS, self->sender_address },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!cpt_settings_set (db, fields[i].key, fields[i].value, error))
      return FALSE;

  for (guint i = 0; i < CPT_MAIL_N_DOCUMENTS; i++)
    {
      g_autofree char *subject_key = template_key (i, "subject");
      g_autofree char *body_key = template_key (i, "body");

      if (!cpt_settings_set (db, subject_key, self->subject[i] ? self->subject[i] : "", error) ||
          !cpt_settings_set (db, body_key, self->body[i] ? self->body[i] : "", error))
        return FALSE;
    }

  return TRUE;
}

/* All keys in one transaction: a refused value leaves every setting as
 * it was. */
gboolean
cpt_mail_settings_save (CptMailSettings  *self,
                        CptDatabase      *db,
                        GError          **error)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), FALSE);
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_mail_settings_validate (self, error))
    return FALSE;

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!write_all (self, db, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  return cpt_database_commit (db, error);
}

/* Enough to try a sending: a server and a sender. */
gboolean
cpt_mail_settings_is_configured (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), FALSE);

  return *self->host != '\0' && *self->sender_address != '\0';
}

static void
replace_text (char       **field,
              const char  *text)
{
  g_autofree char *old = *field;

  *field = g_strstrip (g_strdup (text ? text : ""));
}

const char *
cpt_mail_settings_get_host (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  return self->host;
}

void
cpt_mail_settings_set_host (CptMailSettings *self,
                            const char      *host)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  replace_text (&self->host, host);
}

guint
cpt_mail_settings_get_port (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), 0);

  return self->port;
}

void
cpt_mail_settings_set_port (CptMailSettings *self,
                            guint            port)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  self->port = port;
}

CptSmtpSecurity
cpt_mail_settings_get_security (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), CPT_SMTP_SECURITY_STARTTLS);

  return self->security;
}

void
cpt_mail_settings_set_security (CptMailSettings *self,
                                CptSmtpSecurity  security)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));
  g_return_if_fail (security <= CPT_SMTP_SECURITY_NONE);

  self->security = security;
}

const char *
cpt_mail_settings_get_username (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  return self->username;
}

void
cpt_mail_settings_set_username (CptMailSettings *self,
                                const char      *username)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  replace_text (&self->username, username);
}

const char *
cpt_mail_settings_get_ca_file (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  return self->ca_file;
}

void
cpt_mail_settings_set_ca_file (CptMailSettings *self,
                               const char      *ca_file)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  replace_text (&self->ca_file, ca_file);
}

const char *
cpt_mail_settings_get_sender_name (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  return self->sender_name;
}

void
cpt_mail_settings_set_sender_name (CptMailSettings *self,
                                   const char      *name)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  replace_text (&self->sender_name, name);
}

const char *
cpt_mail_settings_get_sender_address (CptMailSettings *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  return self->sender_address;
}

void
cpt_mail_settings_set_sender_address (CptMailSettings *self,
                                      const char      *address)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  replace_text (&self->sender_address, address);
}

const char *
cpt_mail_settings_get_subject_template (CptMailSettings *self,
                                        CptMailDocument  document)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);
  g_return_val_if_fail (document < CPT_MAIL_N_DOCUMENTS, NULL);

  if (self->subject[document] == NULL || *self->subject[document] == '\0')
    return cpt_mail_template_get_default_subject (document);

  return self->subject[document];
}

/* Setting the default text (or nothing) stores "", so the template keeps
 * following the language of the interface. */
static void
set_template (char       **field,
              const char  *text,
              const char  *default_text)
{
  g_free (*field);
  *field = text && g_strcmp0 (text, default_text) != 0 ? g_strdup (text) : NULL;
}

void
cpt_mail_settings_set_subject_template (CptMailSettings *self,
                                        CptMailDocument  document,
                                        const char      *text)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));
  g_return_if_fail (document < CPT_MAIL_N_DOCUMENTS);

  set_template (&self->subject[document], text, cpt_mail_template_get_default_subject (document));
}

const char *
cpt_mail_settings_get_body_template (CptMailSettings *self,
                                     CptMailDocument  document)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);
  g_return_val_if_fail (document < CPT_MAIL_N_DOCUMENTS, NULL);

  if (self->body[document] == NULL || *self->body[document] == '\0')
    return cpt_mail_template_get_default_body (document);

  return self->body[document];
}

void
cpt_mail_settings_set_body_template (CptMailSettings *self,
                                     CptMailDocument  document,
                                     const char      *text)
{
  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));
  g_return_if_fail (document < CPT_MAIL_N_DOCUMENTS);

  set_template (&self->body[document], text, cpt_mail_template_get_default_body (document));
}

CptSmtpSender *
cpt_mail_settings_create_sender (CptMailSettings *self,
                                 const char      *password)
{
  CptSmtpSender *sender;

  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  sender = cpt_smtp_sender_new (self->host, self->port, self->security);
  if (*self->username != '\0')
    cpt_smtp_sender_set_login (sender, self->username, password ? password : "");
  cpt_smtp_sender_set_ca_file (sender, self->ca_file);

  return sender;
}

static char *
lookup_password (const char    *host,
                 const char    *username,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GError) keyring_error = NULL;
  const char *from_environment;
  char *password;

  if (username == NULL || *username == '\0')
    return NULL;

  password = cpt_keyring_lookup_password (host, username, cancellable, &keyring_error);
  if (password != NULL)
    return password;
  if (g_error_matches (keyring_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&keyring_error));
      return NULL;
    }

  from_environment = g_getenv (CPT_SMTP_PASSWORD_ENV);
  if (from_environment != NULL)
    return g_strdup (from_environment);

  if (keyring_error != NULL)
    g_propagate_error (error, g_steal_pointer (&keyring_error));

  return NULL;
}

/**
 * cpt_mail_settings_lookup_password:
 *
 * The password of the SMTP login: from the keyring, else from
 * $COMPTOIR_SMTP_PASSWORD. NULL without an error when no login is set or
 * no password is kept; NULL with CPT_ERROR_IO when no keyring is usable
 * (the message says why, for the dialog that asks for the password).
 */
char *
cpt_mail_settings_lookup_password (CptMailSettings  *self,
                                   GCancellable     *cancellable,
                                   GError          **error)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);

  return lookup_password (self->host, self->username, cancellable, error);
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GStrv login = task_data;
  GError *error = NULL;
  char *password;

  password = lookup_password (login[0], login[1], cancellable, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, password, g_free);
}

void
cpt_mail_settings_lookup_password_async (CptMailSettings     *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GStrv login;

  g_return_if_fail (CPT_IS_MAIL_SETTINGS (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cpt_mail_settings_lookup_password_async);
  /* The thread reads copies, never the object. */
  login = g_new0 (char *, 3);
  login[0] = g_strdup (self->host);
  login[1] = g_strdup (self->username);
  g_task_set_task_data (task, login, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, lookup_thread);
}

char *
cpt_mail_settings_lookup_password_finish (CptMailSettings  *self,
                                          GAsyncResult     *result,
                                          GError          **error)
{
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
