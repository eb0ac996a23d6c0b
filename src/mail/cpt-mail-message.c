/* cpt-mail-message.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-mail-message"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-mail-message.h"

/* RFC 5322 recommends lines of at most 78 characters; MIME bodies use 76. */
#define MAX_LINE 76
/* Bytes of UTF-8 per RFC 2047 encoded-word: "=?UTF-8?B?" + 52 + "?=" is
 * 64 characters, which fits after "Subject: " on a 76-character line. */
#define ENCODED_WORD_BYTES 39

typedef struct
{
  char *name;
  char *address;
} Mailbox;

struct _CptMailMessage
{
  GObject    parent_instance;

  Mailbox    from;
  GArray    *to;
  GArray    *cc;
  char      *subject;
  char      *body;
  char      *attachment_name;
  char      *attachment_type;
  GBytes    *attachment_data;
  GDateTime *date;
  char      *message_id;
};

G_DEFINE_FINAL_TYPE (CptMailMessage, cpt_mail_message, G_TYPE_OBJECT)

static void
mailbox_clear (gpointer data)
{
  Mailbox *mailbox = data;

  g_clear_pointer (&mailbox->name, g_free);
  g_clear_pointer (&mailbox->address, g_free);
}

static void
cpt_mail_message_finalize (GObject *object)
{
  CptMailMessage *self = CPT_MAIL_MESSAGE (object);

  mailbox_clear (&self->from);
  g_clear_pointer (&self->to, g_array_unref);
  g_clear_pointer (&self->cc, g_array_unref);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->attachment_name, g_free);
  g_clear_pointer (&self->attachment_type, g_free);
  g_clear_pointer (&self->attachment_data, g_bytes_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->message_id, g_free);

  G_OBJECT_CLASS (cpt_mail_message_parent_class)->finalize (object);
}

static void
cpt_mail_message_class_init (CptMailMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_mail_message_finalize;
}

static void
cpt_mail_message_init (CptMailMessage *self)
{
  self->to = g_array_new (FALSE, TRUE, sizeof (Mailbox));
  g_array_set_clear_func (self->to, mailbox_clear);
  self->cc = g_array_new (FALSE, TRUE, sizeof (Mailbox));
  g_array_set_clear_func (self->cc, mailbox_clear);
  self->subject = g_strdup ("");
  self->body = g_strdup ("");
}

CptMailMessage *
cpt_mail_message_new (void)
{
  return g_object_new (CPT_TYPE_MAIL_MESSAGE, NULL);
}

/* Header values never carry line breaks or other control characters:
 * a CR or LF in a subject typed by a user would start a new header. */
static char *
sanitize_header_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  char *p;

  for (p = valid; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';

  return g_steal_pointer (&valid);
}

void
cpt_mail_message_set_from (CptMailMessage *self,
                           const char     *name,
                           const char     *address)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  mailbox_clear (&self->from);
  self->from.name = sanitize_header_text (name);
  self->from.address = g_strstrip (g_strdup (address ? address : ""));
}

const char *
cpt_mail_message_get_from_address (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return self->from.address;
}

const char *
cpt_mail_message_get_from_name (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return self->from.name;
}

static void
mailbox_append (GArray     *array,
                const char *name,
                const char *address)
{
  Mailbox mailbox;

  mailbox.name = sanitize_header_text (name);
  mailbox.address = g_strstrip (g_strdup (address ? address : ""));
  g_array_append_val (array, mailbox);
}

void
cpt_mail_message_add_to (CptMailMessage *self,
                         const char     *name,
                         const char     *address)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  mailbox_append (self->to, name, address);
}

/* The display name of the @index-th To recipient, NULL when it has none. */
const char *
cpt_mail_message_get_to_name (CptMailMessage *self,
                              guint           index)
{
  const char *name;

  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  if (index >= self->to->len)
    return NULL;
  name = g_array_index (self->to, Mailbox, index).name;

  return name && *name ? name : NULL;
}

void
cpt_mail_message_add_cc (CptMailMessage *self,
                         const char     *name,
                         const char     *address)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  mailbox_append (self->cc, name, address);
}

void
cpt_mail_message_clear_recipients (CptMailMessage *self)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  g_array_set_size (self->to, 0);
  g_array_set_size (self->cc, 0);
}

void
cpt_mail_message_set_subject (CptMailMessage *self,
                              const char     *subject)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  g_free (self->subject);
  self->subject = sanitize_header_text (subject);
}

const char *
cpt_mail_message_get_subject (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return self->subject;
}

void
cpt_mail_message_set_body (CptMailMessage *self,
                           const char     *body)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  g_free (self->body);
  self->body = g_utf8_make_valid (body ? body : "", -1);
}

const char *
cpt_mail_message_get_body (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return self->body;
}

void
cpt_mail_message_set_attachment (CptMailMessage *self,
                                 const char     *filename,
                                 const char     *content_type,
                                 GBytes         *data)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  g_clear_pointer (&self->attachment_name, g_free);
  g_clear_pointer (&self->attachment_type, g_free);
  g_clear_pointer (&self->attachment_data, g_bytes_unref);
  if (data == NULL)
    return;

  self->attachment_name = sanitize_header_text (filename && *filename ? filename : "document.pdf");
  self->attachment_type = g_strdup (content_type ? content_type : "application/octet-stream");
  self->attachment_data = g_bytes_ref (data);
}

const char *
cpt_mail_message_get_attachment_name (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return self->attachment_name;
}

GBytes *
cpt_mail_message_get_attachment_data (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return self->attachment_data;
}

void
cpt_mail_message_set_date (CptMailMessage *self,
                           GDateTime      *date)
{
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (self));

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    self->date = g_date_time_ref (date);
}

static GStrv
addresses_of (GArray *array)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < array->len; i++)
    g_strv_builder_add (builder, g_array_index (array, Mailbox, i).address);

  return g_strv_builder_end (builder);
}

GStrv
cpt_mail_message_dup_to_addresses (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return addresses_of (self->to);
}

GStrv
cpt_mail_message_dup_cc_addresses (CptMailMessage *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  return addresses_of (self->cc);
}

/* The envelope recipients: To then Cc, each address once. */
GStrv
cpt_mail_message_dup_recipients (CptMailMessage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *lists[] = { self->to, self->cc };

  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const char *address = g_array_index (lists[l], Mailbox, i).address;
        char *key = g_ascii_strdown (address, -1);

        if (g_hash_table_add (seen, key))
          g_strv_builder_add (builder, address);
      }

  return g_strv_builder_end (builder);
}

/* Addresses are plain ASCII local@domain: no display name, no comment,
 * nothing that would need SMTPUTF8 or could break out of a header. */
gboolean
cpt_mail_address_is_valid (const char *address)
{
  static const char local_specials[] = "!#$%&'*+-/=?^_`{|}~.";
  const char *at;
  const char *p;

  if (address == NULL || *address == '\0' || strlen (address) > 254)
    return FALSE;

  at = strrchr (address, '@');
  if (at == NULL || at == address || at[1] == '\0' || at - address > 64)
    return FALSE;

  for (p = address; p < at; p++)
    if (!g_ascii_isalnum (*p) && strchr (local_specials, *p) == NULL)
      return FALSE;
  if (address[0] == '.' || at[-1] == '.' || strstr (address, "..") != NULL)
    return FALSE;

  for (p = at + 1; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.')
      return FALSE;
  if (at[1] == '.' || at[1] == '-' || p[-1] == '.' || p[-1] == '-')
    return FALSE;

  return TRUE;
}

GStrv
cpt_mail_address_list_parse (const char  *text,
                             GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);

  parts = g_strsplit_set (text, ",; \t\r\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (!cpt_mail_address_is_valid (parts[i]))
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The e-mail address “%s” is not valid."), parts[i]);
          return NULL;
        }
      g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* RFC 5322 dates are English whatever the user's locale: strftime's %a
 * and %b would give « sam. » and « nov. » under fr_FR. */
char *
cpt_mail_format_date (GDateTime *date)
{
  static const char *days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  GTimeSpan offset;
  gint64 minutes;

  g_return_val_if_fail (date != NULL, NULL);

  offset = g_date_time_get_utc_offset (date);
  minutes = (offset < 0 ? -offset : offset) / G_TIME_SPAN_MINUTE;

  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                          days[g_date_time_get_day_of_week (date) - 1],
                          g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1],
                          g_date_time_get_year (date),
                          g_date_time_get_hour (date),
                          g_date_time_get_minute (date),
                          g_date_time_get_second (date),
                          offset < 0 ? '-' : '+',
                          (int) (minutes / 60), (int) (minutes % 60));
}

static gboolean
is_plain_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80 || (guchar) *p < 0x20)
      return FALSE;

  return strstr (text, "=?") == NULL;
}

/* Splits UTF-8 text into RFC 2047 "B" encoded-words, each holding whole
 * characters, so the decoder never sees half of an « é ». */
static void
add_encoded_words (GPtrArray  *tokens,
                   const char *text)
{
  const char *p = text;

  while (*p)
    {
      const char *end = p;
      g_autofree char *b64 = NULL;

      while (*end)
        {
          const char *next = g_utf8_next_char (end);

          if (next - p > ENCODED_WORD_BYTES)
            break;
          end = next;
        }

      b64 = g_base64_encode ((const guchar *) p, end - p);
      g_ptr_array_add (tokens, g_strdup_printf ("=?UTF-8?B?%s?=", b64));
      p = end;
    }
}

static void
add_words (GPtrArray  *tokens,
           const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (tokens, g_strdup (words[i]));
}

/* Writes "Name: token token…", folding before a token that would pass
 * the line limit. Folding inserts CRLF before an existing space, so
 * unfolding gives back the exact value. */
static void
append_folded (GString    *out,
               const char *name,
               GPtrArray  *tokens)
{
  gsize line_length;

  g_string_append_printf (out, "%s:", name);
  line_length = strlen (name) + 1;

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);
      gsize length = strlen (token);

      if (i > 0 && line_length + 1 + length > MAX_LINE)
        {
          g_string_append (out, "\r\n");
          line_length = 0;
        }
      g_string_append_c (out, ' ');
      g_string_append (out, token);
      line_length += 1 + length;
    }

  g_string_append (out, "\r\n");
}

char *
cpt_mail_encode_header (const char *name,
                        const char *value)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *clean = sanitize_header_text (value);
  GString *out = g_string_new (NULL);

  if (is_plain_ascii (clean))
    add_words (tokens, clean);
  else
    add_encoded_words (tokens, clean);
  append_folded (out, name, tokens);

  return g_string_free (out, FALSE);
}

static gboolean
is_atext_phrase (const char *text)
{
  static const char specials[] = "!#$%&'*+-/=?^_`{|}~ ";

  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr (specials, *p) == NULL)
      return FALSE;

  return TRUE;
}

static void
add_mailbox_tokens (GPtrArray     *tokens,
                    const Mailbox *mailbox,
                    gboolean       last)
{
  const char *name = mailbox->name;

  if (name == NULL || *name == '\0')
    {
      g_ptr_array_add (tokens, g_strdup_printf ("<%s>%s", mailbox->address, last ? "" : ","));
      return;
    }

  if (!is_plain_ascii (name))
    add_encoded_words (tokens, name);
  else if (is_atext_phrase (name))
    add_words (tokens, name);
  else
    {
      GString *quoted = g_string_new ("\"");

      for (const char *p = name; *p; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (quoted, '\\');
          g_string_append_c (quoted, *p);
        }
      g_string_append_c (quoted, '"');
      g_ptr_array_add (tokens, g_string_free (quoted, FALSE));
    }

  g_ptr_array_add (tokens, g_strdup_printf ("<%s>%s", mailbox->address, last ? "" : ","));
}

static void
append_mailboxes (GString    *out,
                  const char *name,
                  GArray     *mailboxes)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < mailboxes->len; i++)
    add_mailbox_tokens (tokens, &g_array_index (mailboxes, Mailbox, i), i + 1 == mailboxes->len);
  append_folded (out, name, tokens);
}

/* Quoted-printable (RFC 2045 §6.7) keeps a French body readable in the
 * raw message while staying 7-bit with lines of at most 76 characters. */
static void
append_quoted_printable (GString    *out,
                         const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *unix_text = NULL;
  GString *normal = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (p[0] == '\r' && p[1] == '\n')
        continue;
      g_string_append_c (normal, *p == '\r' ? '\n' : *p);
    }
  unix_text = g_string_free (normal, FALSE);
  lines = g_strsplit (unix_text, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      const guchar *line = (const guchar *) lines[l];
      gsize n = strlen (lines[l]);
      gsize column = 0;

      for (gsize i = 0; i < n; i++)
        {
          char token[4];
          gsize room = (i + 1 == n) ? MAX_LINE : MAX_LINE - 1;
          guchar c = line[i];
          gboolean literal;

          if (c == ' ' || c == '\t')
            literal = (i + 1 < n);
          else
            literal = c >= 33 && c <= 126 && c != '=';
          /* A line "From …" gets mangled into ">From" by some mailboxes,
           * and a lone "." ends the SMTP data. */
          if (i == 0 && (c == '.' || (c == 'F' && strncmp ((const char *) line, "From ", 5) == 0)))
            literal = FALSE;

          if (literal)
            {
              token[0] = c;
              token[1] = '\0';
            }
          else
            g_snprintf (token, sizeof token, "=%02X", c);

          if (column + strlen (token) > room)
            {
              g_string_append (out, "=\r\n");
              column = 0;
            }
          g_string_append (out, token);
          column += strlen (token);
        }

      if (lines[l + 1] != NULL)
        g_string_append (out, "\r\n");
    }
}

static void
append_base64_lines (GString *out,
                     GBytes  *data)
{
  gsize size;
  const guchar *bytes = g_bytes_get_data (data, &size);
  g_autofree char *b64 = g_base64_encode (bytes, size);
  gsize length = strlen (b64);

  for (gsize i = 0; i < length; i += MAX_LINE)
    {
      g_string_append_len (out, b64 + i, MIN (MAX_LINE, length - i));
      g_string_append (out, "\r\n");
    }
}

/* A plain filename= for old clients: accents dropped, quotes removed. */
static char *
ascii_filename (const char *filename)
{
  g_autofree char *ascii = g_str_to_ascii (filename, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    if (*p != '"' && *p != '\\' && (guchar) *p >= 0x20 && (guchar) *p < 0x7f)
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* RFC 2231 filename*: percent-encoded UTF-8, cut into numbered
 * continuations so no line passes 76 characters. */
static void
append_rfc2231_filename (GString    *out,
                         const char *filename)
{
  static const char attr_chars[] = "!#$&+-.^_`|~";
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  GString *segment = g_string_new ("UTF-8''");

  for (const guchar *p = (const guchar *) filename; *p; p++)
    {
      char token[4];

      if (g_ascii_isalnum (*p) || strchr (attr_chars, *p) != NULL)
        {
          token[0] = *p;
          token[1] = '\0';
        }
      else
        g_snprintf (token, sizeof token, "%%%02X", *p);

      if (segment->len + strlen (token) > 60)
        {
          g_ptr_array_add (segments, g_string_free (segment, FALSE));
          segment = g_string_new (NULL);
        }
      g_string_append (segment, token);
    }
  g_ptr_array_add (segments, g_string_free (segment, FALSE));

  if (segments->len == 1)
    {
      g_string_append_printf (out, ";\r\n filename*=%s", (char *) g_ptr_array_index (segments, 0));
      return;
    }

  for (guint i = 0; i < segments->len; i++)
    g_string_append_printf (out, ";\r\n filename*%u*=%s", i, (char *) g_ptr_array_index (segments, i));
}

static char *
new_boundary (void)
{
  /* "=_" never occurs in quoted-printable or base64 text. */
  return g_strdup_printf ("=_comptoir_%08x%08x%08x",
                          g_random_int (), g_random_int (), g_random_int ());
}

static const char *
domain_of (const char *address)
{
  const char *at = address ? strrchr (address, '@') : NULL;

  return at && at[1] ? at + 1 : "comptoir.invalid";
}

static gboolean
check_mailboxes (GArray   *mailboxes,
                 GError  **error)
{
  for (guint i = 0; i < mailboxes->len; i++)
    {
      const char *address = g_array_index (mailboxes, Mailbox, i).address;

      if (!cpt_mail_address_is_valid (address))
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The e-mail address “%s” is not valid."), address);
          return FALSE;
        }
    }

  return TRUE;
}

GBytes *
cpt_mail_message_to_bytes (CptMailMessage  *self,
                           GError         **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *boundary = NULL;
  g_autofree char *subject = NULL;
  GString *out;
  GArray *from;
  Mailbox from_copy;

  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (self), NULL);

  if (self->from.address == NULL || !cpt_mail_address_is_valid (self->from.address))
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The sender address “%s” is not valid. Set it in the e-mail settings."),
                   self->from.address ? self->from.address : "");
      return NULL;
    }
  if (self->to->len == 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The message has no recipient."));
      return NULL;
    }
  if (!check_mailboxes (self->to, error) || !check_mailboxes (self->cc, error))
    return NULL;

  if (self->message_id == NULL)
    self->message_id = g_strdup_printf ("<%" G_GINT64_FORMAT ".%08x%08x@%s>",
                                        g_get_real_time (), g_random_int (), g_random_int (),
                                        domain_of (self->from.address));

  now = self->date ? g_date_time_ref (self->date) : g_date_time_new_now_local ();
  date = cpt_mail_format_date (now);
  boundary = new_boundary ();
  out = g_string_new (NULL);

  g_string_append_printf (out, "Date: %s\r\n", date);

  from = g_array_new (FALSE, FALSE, sizeof (Mailbox));
  from_copy = self->from;
  g_array_append_val (from, from_copy);
  append_mailboxes (out, "From", from);
  g_array_unref (from);

  append_mailboxes (out, "To", self->to);
  if (self->cc->len > 0)
    append_mailboxes (out, "Cc", self->cc);

  subject = cpt_mail_encode_header ("Subject", self->subject);
  g_string_append (out, subject);
  g_string_append_printf (out, "Message-ID: %s\r\n", self->message_id);
  g_string_append (out, "MIME-Version: 1.0\r\n");
  g_string_append_printf (out, "User-Agent: Comptoir %s\r\n", PACKAGE_VERSION);

  if (self->attachment_data == NULL)
    {
      g_string_append (out, "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
      append_quoted_printable (out, self->body);
      if (!g_str_has_suffix (out->str, "\r\n"))
        g_string_append (out, "\r\n");
      return g_string_free_to_bytes (out);
    }

  g_string_append_printf (out, "Content-Type: multipart/mixed;\r\n boundary=\"%s\"\r\n\r\n", boundary);
  g_string_append (out, "This is a multi-part message in MIME format.\r\n");

  g_string_append_printf (out, "\r\n--%s\r\n", boundary);
  g_string_append (out, "Content-Type: text/plain; charset=UTF-8\r\n"
                        "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
  append_quoted_printable (out, self->body);

  {
    g_autofree char *plain = ascii_filename (self->attachment_name);

    g_string_append_printf (out, "\r\n--%s\r\n", boundary);
    g_string_append_printf (out, "Content-Type: %s;\r\n name=\"%s\"\r\n", self->attachment_type, plain);
    g_string_append (out, "Content-Transfer-Encoding: base64\r\n");
    /* The RFC 2231 name first: readers that know both take the first,
     * readers that only know filename= skip what they don't. */
    g_string_append (out, "Content-Disposition: attachment");
    if (strcmp (plain, self->attachment_name) != 0)
      append_rfc2231_filename (out, self->attachment_name);
    g_string_append_printf (out, ";\r\n filename=\"%s\"\r\n\r\n", plain);
    append_base64_lines (out, self->attachment_data);
  }

  g_string_append_printf (out, "\r\n--%s--\r\n", boundary);

  return g_string_free_to_bytes (out);
}
