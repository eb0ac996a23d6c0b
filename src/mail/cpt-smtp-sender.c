/* cpt-smtp-sender.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-smtp-sender"

#include "config.h"

#include <curl/curl.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-smtp-sender.h"

struct _CptSmtpSender
{
  GObject          parent_instance;

  char            *host;
  guint            port;
  CptSmtpSecurity  security;
  char            *username;
  char            *password;
  char            *ca_file;
  guint            timeout;
};

G_DEFINE_FINAL_TYPE (CptSmtpSender, cpt_smtp_sender, G_TYPE_OBJECT)

/* Everything one sending needs, copied so that the worker thread never
 * touches the GObjects of the main thread. */
typedef struct
{
  char                *host;
  guint                port;
  CptSmtpSecurity      security;
  char                *username;
  char                *password;
  char                *ca_file;
  guint                timeout;

  char                *from;
  GStrv                recipients;
  GBytes              *data;
  gsize                offset;

  GCancellable        *cancellable;
  CptSmtpProgressFunc  progress;
  gpointer             progress_data;
  GMainContext        *context;   /* NULL: call progress directly */
  double               last_fraction;

  char                *last_command;
  char                *last_reply;
  gboolean             quitting;
  char                 curl_error[CURL_ERROR_SIZE];
} SendJob;

static void
send_job_free (SendJob *job)
{
  g_free (job->host);
  g_free (job->username);
  if (job->password != NULL)
    explicit_bzero (job->password, strlen (job->password));
  g_free (job->password);
  g_free (job->ca_file);
  g_free (job->from);
  g_strfreev (job->recipients);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job->last_command);
  g_free (job->last_reply);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendJob, send_job_free)

static void
cpt_smtp_sender_finalize (GObject *object)
{
  CptSmtpSender *self = CPT_SMTP_SENDER (object);

  g_free (self->host);
  g_free (self->username);
  if (self->password != NULL)
    explicit_bzero (self->password, strlen (self->password));
  g_free (self->password);
  g_free (self->ca_file);

  G_OBJECT_CLASS (cpt_smtp_sender_parent_class)->finalize (object);
}

static void
cpt_smtp_sender_class_init (CptSmtpSenderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_smtp_sender_finalize;
}

static void
cpt_smtp_sender_init (CptSmtpSender *self)
{
  self->timeout = CPT_SMTP_DEFAULT_TIMEOUT;
}

static const char *security_names[] = { "starttls", "tls", "none" };

const char *
cpt_smtp_security_to_string (CptSmtpSecurity security)
{
  g_return_val_if_fail (security <= CPT_SMTP_SECURITY_NONE, NULL);

  return security_names[security];
}

gboolean
cpt_smtp_security_from_string (const char      *text,
                               CptSmtpSecurity *security)
{
  g_return_val_if_fail (security != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (security_names); i++)
    if (strcmp (text, security_names[i]) == 0)
      {
        *security = i;
        return TRUE;
      }

  return FALSE;
}

guint
cpt_smtp_security_default_port (CptSmtpSecurity security)
{
  switch (security)
    {
    case CPT_SMTP_SECURITY_TLS:
      return 465;
    case CPT_SMTP_SECURITY_NONE:
      return 25;
    case CPT_SMTP_SECURITY_STARTTLS:
    default:
      return 587;
    }
}

CptSmtpSender *
cpt_smtp_sender_new (const char      *host,
                     guint            port,
                     CptSmtpSecurity  security)
{
  CptSmtpSender *self;

  g_return_val_if_fail (security <= CPT_SMTP_SECURITY_NONE, NULL);

  self = g_object_new (CPT_TYPE_SMTP_SENDER, NULL);
  self->host = g_strstrip (g_strdup (host ? host : ""));
  self->port = port ? port : cpt_smtp_security_default_port (security);
  self->security = security;

  return self;
}

void
cpt_smtp_sender_set_login (CptSmtpSender *self,
                           const char    *username,
                           const char    *password)
{
  g_return_if_fail (CPT_IS_SMTP_SENDER (self));

  g_free (self->username);
  self->username = g_strdup (username && *username ? username : NULL);
  if (self->password != NULL)
    explicit_bzero (self->password, strlen (self->password));
  g_free (self->password);
  self->password = g_strdup (password);
}

void
cpt_smtp_sender_set_ca_file (CptSmtpSender *self,
                             const char    *ca_file)
{
  g_return_if_fail (CPT_IS_SMTP_SENDER (self));

  g_free (self->ca_file);
  self->ca_file = g_strdup (ca_file && *ca_file ? ca_file : NULL);
}

void
cpt_smtp_sender_set_timeout (CptSmtpSender *self,
                             guint          seconds)
{
  g_return_if_fail (CPT_IS_SMTP_SENDER (self));

  self->timeout = seconds ? seconds : CPT_SMTP_DEFAULT_TIMEOUT;
}

gboolean
cpt_smtp_host_is_valid (const char *host)
{
  if (host == NULL || *host == '\0' || strlen (host) > 253)
    return FALSE;

  for (const char *p = host; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr ("-.:", *p) == NULL)
      return FALSE;

  return TRUE;
}

static SendJob *
send_job_new (CptSmtpSender   *self,
              CptMailMessage  *message,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(SendJob) job = g_new0 (SendJob, 1);

  if (!cpt_smtp_host_is_valid (self->host))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The mail server name “%s” is not valid. Set it in the e-mail settings."),
                   self->host);
      return NULL;
    }

  job->data = cpt_mail_message_to_bytes (message, error);
  if (job->data == NULL)
    return NULL;

  job->host = g_strdup (self->host);
  job->port = self->port;
  job->security = self->security;
  job->username = g_strdup (self->username);
  job->password = g_strdup (self->password);
  job->ca_file = g_strdup (self->ca_file);
  job->timeout = self->timeout;
  job->from = g_strdup (cpt_mail_message_get_from_address (message));
  job->recipients = cpt_mail_message_dup_recipients (message);
  job->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  job->last_fraction = -1.0;

  return g_steal_pointer (&job);
}

static size_t
read_cb (char   *buffer,
         size_t  size,
         size_t  count,
         void   *user_data)
{
  SendJob *job = user_data;
  gsize length;
  const char *data = g_bytes_get_data (job->data, &length);
  gsize n = MIN (size * count, length - job->offset);

  memcpy (buffer, data + job->offset, n);
  job->offset += n;

  return n;
}

typedef struct
{
  CptSmtpProgressFunc func;
  gpointer            data;
  double              fraction;
} ProgressReport;

static gboolean
report_progress_cb (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->func (report->fraction, report->data);

  return G_SOURCE_REMOVE;
}

static void
send_job_report (SendJob *job,
                 double   fraction)
{
  ProgressReport *report;
  GSource *source;

  if (job->progress == NULL || fraction - job->last_fraction < 0.01)
    return;
  job->last_fraction = fraction;

  if (job->context == NULL)
    {
      job->progress (fraction, job->progress_data);
      return;
    }

  report = g_new (ProgressReport, 1);
  report->func = job->progress;
  report->data = job->progress_data;
  report->fraction = fraction;
  /* Not g_main_context_invoke(): it would run the callback right here
   * in the worker whenever the main context happens to be free. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, report_progress_cb, report, g_free);
  g_source_attach (source, job->context);
  g_source_unref (source);
}

/* Called by curl several times a second, also while it waits for the
 * server: that is where a cancellation stops the transfer. */
static int
xferinfo_cb (void       *user_data,
             curl_off_t  dltotal,
             curl_off_t  dlnow,
             curl_off_t  ultotal,
             curl_off_t  ulnow)
{
  SendJob *job = user_data;

  if (g_cancellable_is_cancelled (job->cancellable))
    return 1;

  if (ultotal > 0)
    send_job_report (job, 0.05 + 0.9 * (double) ulnow / (double) ultotal);

  return 0;
}

static char *
last_line (const char *data,
           size_t      size)
{
  g_autofree char *text = g_strndup (data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (int i = g_strv_length (lines) - 1; i >= 0; i--)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }

  return NULL;
}

static gboolean
command_is (SendJob    *job,
            const char *verb)
{
  return job->last_command != NULL
         && g_ascii_strncasecmp (job->last_command, verb, strlen (verb)) == 0;
}

/* Keeps the last SMTP command and reply so that an error can say which
 * step failed and quote the server. The credentials sent during AUTH are
 * never kept: only known verbs are. */
static int
debug_cb (CURL          *handle,
          curl_infotype  type,
          char          *data,
          size_t         size,
          void          *user_data)
{
  static const char *verbs[] = { "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA" };
  SendJob *job = user_data;
  g_autofree char *line = NULL;

  if (type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT)
    return 0;

  line = last_line (data, size);
  if (line == NULL)
    return 0;

  if (type == CURLINFO_HEADER_IN)
    {
      /* The reply to QUIT ("221 Bye") says nothing about the failure. */
      if (job->quitting)
        return 0;
      g_free (job->last_reply);
      job->last_reply = g_utf8_make_valid (line, -1);
      return 0;
    }

  if (g_ascii_strncasecmp (line, "QUIT", 4) == 0)
    job->quitting = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_ascii_strncasecmp (line, verbs[i], strlen (verbs[i])) == 0)
      {
        g_free (job->last_command);
        job->last_command = g_strdup (strcmp (verbs[i], "RCPT") == 0 ? line : verbs[i]);
        break;
      }

  return 0;
}

static char *
refused_recipient (SendJob *job)
{
  const char *open = strchr (job->last_command, '<');
  const char *close = open ? strchr (open, '>') : NULL;

  if (open == NULL || close == NULL)
    return g_strdup (job->last_command + strlen ("RCPT TO:"));

  return g_strndup (open + 1, close - open - 1);
}

/* Turns curl's result into one sentence the user can act on, followed by
 * the server's own words when it refused something. */
static GError *
send_job_error (SendJob  *job,
                CURLcode  code,
                long      reply_code)
{
  g_autofree char *message = NULL;
  g_autofree char *what = NULL;
  const char *detail = job->curl_error[0] ? job->curl_error : curl_easy_strerror (code);
  gboolean quote_server = reply_code >= 400;

  if (code == CURLE_ABORTED_BY_CALLBACK && g_cancellable_is_cancelled (job->cancellable))
    return g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The sending was cancelled."));

  switch ((int) code)
    {
    case CURLE_COULDNT_RESOLVE_HOST:
      message = g_strdup_printf (_("The mail server “%s” could not be found. Check its name in the e-mail settings."),
                                 job->host);
      break;

    case CURLE_COULDNT_CONNECT:
      message = g_strdup_printf (_("The mail server %s could not be reached on port %u. Check the server, the port and your network connection."),
                                 job->host, job->port);
      break;

    case CURLE_OPERATION_TIMEDOUT:
      message = g_strdup_printf (_("The mail server %s did not answer within %u seconds."),
                                 job->host, job->timeout);
      break;

    case CURLE_LOGIN_DENIED:
      message = g_strdup_printf (_("The mail server %s refused the login of “%s”. Check the user name and the password."),
                                 job->host, job->username ? job->username : "");
      break;

    case CURLE_USE_SSL_FAILED:
      message = g_strdup_printf (_("The mail server %s does not offer STARTTLS. Choose another security setting."),
                                 job->host);
      break;

    case CURLE_SSL_CACERT_BADFILE:
      message = g_strdup_printf (_("The certificate authority file “%s” cannot be read."),
                                 job->ca_file ? job->ca_file : "");
      break;

    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
      message = g_strdup_printf (_("The secure connection to the mail server %s failed (%s). Check the security setting and the server’s certificate."),
                                 job->host, detail);
      quote_server = FALSE;
      break;

    default:
      if (reply_code == 530)
        message = g_strdup_printf (_("The mail server %s requires a login. Enter the user name and the password in the e-mail settings."),
                                   job->host);
      else if (command_is (job, "RCPT") && quote_server)
        {
          what = refused_recipient (job);
          message = g_strdup_printf (_("The mail server refused the recipient %s."), what);
        }
      else if (command_is (job, "MAIL") && quote_server)
        message = g_strdup_printf (_("The mail server refused the sender address %s."), job->from);
      else if (command_is (job, "AUTH") && quote_server)
        message = g_strdup_printf (_("The mail server %s refused the login of “%s”. Check the user name and the password."),
                                   job->host, job->username ? job->username : "");
      else if (command_is (job, "DATA") && quote_server)
        message = g_strdup (_("The mail server refused the message."));
      else
        message = g_strdup_printf (_("Sending the e-mail through %s failed (%s)."), job->host, detail);
      break;
    }

  if (quote_server && job->last_reply != NULL)
    {
      g_autofree char *full = g_strdup_printf (_("%s The server answered: “%s”."), message, job->last_reply);

      return g_error_new_literal (CPT_ERROR, CPT_ERROR_NETWORK, full);
    }

  return g_error_new_literal (CPT_ERROR, CPT_ERROR_NETWORK, message);
}

static gpointer
init_curl_once (gpointer data)
{
  curl_global_init (CURL_GLOBAL_DEFAULT);

  return NULL;
}

static gboolean
send_job_run (SendJob  *job,
              GError  **error)
{
  static GOnce curl_once = G_ONCE_INIT;
  g_autofree char *url = NULL;
  g_autofree char *mail_from = NULL;
  struct curl_slist *rcpt = NULL;
  const curl_version_info_data *version;
  CURL *curl;
  CURLcode code;
  long reply_code = 0;
  gsize size;

  g_once (&curl_once, init_curl_once, NULL);

  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    return FALSE;

  curl = curl_easy_init ();
  if (curl == NULL)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_NETWORK, _("The mail library could not start."));
      return FALSE;
    }

  url = g_strdup_printf ("%s://%s%s%s:%u",
                         job->security == CPT_SMTP_SECURITY_TLS ? "smtps" : "smtp",
                         strchr (job->host, ':') ? "[" : "", job->host,
                         strchr (job->host, ':') ? "]" : "", job->port);
  mail_from = g_strdup_printf ("<%s>", job->from);
  for (guint i = 0; job->recipients[i] != NULL; i++)
    {
      g_autofree char *to = g_strdup_printf ("<%s>", job->recipients[i]);

      rcpt = curl_slist_append (rcpt, to);
    }

  g_bytes_get_data (job->data, &size);
  job->offset = 0;

  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_ERRORBUFFER, job->curl_error);
  curl_easy_setopt (curl, CURLOPT_CONNECTTIMEOUT, (long) job->timeout);
  curl_easy_setopt (curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, (long) job->timeout);
  /* The whole sending may take longer than one answer: a large PDF on a
   * slow line. */
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, (long) job->timeout * 6);
  if (job->security == CPT_SMTP_SECURITY_STARTTLS)
    curl_easy_setopt (curl, CURLOPT_USE_SSL, (long) CURLUSESSL_ALL);
  if (job->ca_file != NULL)
    {
      /* With GnuTLS, CAINFO and CAPATH add up: the extra authority is
       * trusted together with the system's. */
      curl_easy_setopt (curl, CURLOPT_CAINFO, job->ca_file);
      version = curl_version_info (CURLVERSION_NOW);
      curl_easy_setopt (curl, CURLOPT_CAPATH, version->capath ? version->capath : "/etc/ssl/certs");
    }
  if (job->username != NULL)
    {
      curl_easy_setopt (curl, CURLOPT_USERNAME, job->username);
      curl_easy_setopt (curl, CURLOPT_PASSWORD, job->password ? job->password : "");
    }
  curl_easy_setopt (curl, CURLOPT_MAIL_FROM, mail_from);
  curl_easy_setopt (curl, CURLOPT_MAIL_RCPT, rcpt);
  curl_easy_setopt (curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt (curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t) size);
  curl_easy_setopt (curl, CURLOPT_READFUNCTION, read_cb);
  curl_easy_setopt (curl, CURLOPT_READDATA, job);
  curl_easy_setopt (curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt (curl, CURLOPT_XFERINFOFUNCTION, xferinfo_cb);
  curl_easy_setopt (curl, CURLOPT_XFERINFODATA, job);
  curl_easy_setopt (curl, CURLOPT_VERBOSE, 1L);
  curl_easy_setopt (curl, CURLOPT_DEBUGFUNCTION, debug_cb);
  curl_easy_setopt (curl, CURLOPT_DEBUGDATA, job);

  send_job_report (job, 0.0);
  code = curl_easy_perform (curl);
  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &reply_code);

  curl_slist_free_all (rcpt);
  curl_easy_cleanup (curl);

  if (code != CURLE_OK)
    {
      g_propagate_error (error, send_job_error (job, code, reply_code));
      return FALSE;
    }

  send_job_report (job, 1.0);
  g_debug ("Sent %" G_GSIZE_FORMAT " bytes through %s", size, url);

  return TRUE;
}

gboolean
cpt_smtp_sender_send (CptSmtpSender        *self,
                      CptMailMessage       *message,
                      CptSmtpProgressFunc   progress,
                      gpointer              progress_data,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autoptr(SendJob) job = NULL;

  g_return_val_if_fail (CPT_IS_SMTP_SENDER (self), FALSE);
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (message), FALSE);

  job = send_job_new (self, message, cancellable, error);
  if (job == NULL)
    return FALSE;
  job->progress = progress;
  job->progress_data = progress_data;

  return send_job_run (job, error);
}

static void
send_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (send_job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cpt_smtp_sender_send_async (CptSmtpSender        *self,
                            CptMailMessage       *message,
                            CptSmtpProgressFunc   progress,
                            gpointer              progress_data,
                            GCancellable         *cancellable,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SendJob *job;

  g_return_if_fail (CPT_IS_SMTP_SENDER (self));
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (message));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cpt_smtp_sender_send_async);
  /* The cancellation is checked by curl's progress callback, which gives
   * back the cancelled error itself. */
  g_task_set_check_cancellable (task, FALSE);

  job = send_job_new (self, message, cancellable, &error);
  if (job == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();

  g_task_set_task_data (task, job, (GDestroyNotify) send_job_free);
  g_task_run_in_thread (task, send_thread);
}

gboolean
cpt_smtp_sender_send_finish (CptSmtpSender  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (CPT_IS_SMTP_SENDER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
