/* cpt-mail-template.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-mail-template"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cpt-mail-template.h"

typedef struct
{
  const char *id;
  const char *title;
  const char *subject;
  const char *body;
} DocumentTemplates;

static const DocumentTemplates templates[CPT_MAIL_N_DOCUMENTS] = {
  [CPT_MAIL_DOCUMENT_ORDER] = {
    "salesorder",
    NC_("e-mail template", "Sales order"),
    N_("Order {number} – {company}"),
    N_("Hello {customer},\n\n"
       "Please find attached our order {number}, for a total of {total} incl. VAT.\n\n"
       "Thank you for your trust.\n\n"
       "Kind regards,\n"
       "{company}"),
  },
  [CPT_MAIL_DOCUMENT_INVOICE] = {
    "invoice",
    NC_("e-mail template", "Invoice"),
    N_("Invoice {number} – {company}"),
    N_("Hello {customer},\n\n"
       "Please find attached our invoice {number}, for a total of {total} incl. VAT, "
       "to be paid by {due_date}.\n\n"
       "Kind regards,\n"
       "{company}"),
  },
  [CPT_MAIL_DOCUMENT_CREDIT_NOTE] = {
    "creditnote",
    NC_("e-mail template", "Credit note"),
    N_("Credit note {number} – {company}"),
    N_("Hello {customer},\n\n"
       "Please find attached our credit note {number}, for a total of {total} incl. VAT.\n\n"
       "Kind regards,\n"
       "{company}"),
  },
  [CPT_MAIL_DOCUMENT_DELIVERY_NOTE] = {
    "shipment",
    NC_("e-mail template", "Delivery note"),
    N_("Delivery note {number} – {company}"),
    N_("Hello {customer},\n\n"
       "Please find attached the delivery note {number}.\n\n"
       "Kind regards,\n"
       "{company}"),
  },
};

/* The id used in settings keys and the API: "salesorder", "invoice",
 * "creditnote", "shipment". */
const char *
cpt_mail_document_get_id (CptMailDocument document)
{
  g_return_val_if_fail (document < CPT_MAIL_N_DOCUMENTS, NULL);

  return templates[document].id;
}

gboolean
cpt_mail_document_from_id (const char      *id,
                           CptMailDocument *document)
{
  g_return_val_if_fail (document != NULL, FALSE);

  for (guint i = 0; id != NULL && i < CPT_MAIL_N_DOCUMENTS; i++)
    if (strcmp (templates[i].id, id) == 0)
      {
        *document = i;
        return TRUE;
      }

  return FALSE;
}

const char *
cpt_mail_document_get_title (CptMailDocument document)
{
  g_return_val_if_fail (document < CPT_MAIL_N_DOCUMENTS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "e-mail template", templates[document].title);
}

const char *
cpt_mail_template_get_default_subject (CptMailDocument document)
{
  g_return_val_if_fail (document < CPT_MAIL_N_DOCUMENTS, NULL);

  return _(templates[document].subject);
}

const char *
cpt_mail_template_get_default_body (CptMailDocument document)
{
  g_return_val_if_fail (document < CPT_MAIL_N_DOCUMENTS, NULL);

  return _(templates[document].body);
}

static const char *
lookup (const CptMailTemplateValues *values,
        const char                  *name,
        gsize                        length,
        gboolean                    *known)
{
  const struct { const char *name; const char *value; } table[] = {
    { "number", values->number },
    { "customer", values->customer },
    { "total", values->total },
    { "due_date", values->due_date },
    { "company", values->company },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (strlen (table[i].name) == length && strncmp (table[i].name, name, length) == 0)
      {
        *known = TRUE;
        return table[i].value ? table[i].value : "";
      }

  *known = FALSE;
  return NULL;
}

/* Replaces {number}, {customer}, {total}, {due_date} and {company}; any
 * other text between braces is left as the user typed it. */
char *
cpt_mail_template_expand (const char                  *text,
                          const CptMailTemplateValues *values)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (values != NULL, NULL);

  if (text == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  p = text;
  while (*p)
    {
      const char *close = NULL;
      const char *value;
      gboolean known;

      if (*p == '{')
        close = strchr (p + 1, '}');
      if (close == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }

      value = lookup (values, p + 1, close - p - 1, &known);
      if (known)
        {
          g_string_append (out, value);
          p = close + 1;
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}
