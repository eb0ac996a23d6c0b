/* cpt-mail-template.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The documents that can be e-mailed, each with its own templates. */
typedef enum
{
  CPT_MAIL_DOCUMENT_ORDER,
  CPT_MAIL_DOCUMENT_INVOICE,
  CPT_MAIL_DOCUMENT_CREDIT_NOTE,
  CPT_MAIL_DOCUMENT_DELIVERY_NOTE,
} CptMailDocument;

#define CPT_MAIL_N_DOCUMENTS (CPT_MAIL_DOCUMENT_DELIVERY_NOTE + 1)

/* The values a template's placeholders are replaced with, already
 * formatted for the reader (« 1 234,56 € », « 28/12/2026 »). NULL values
 * become empty text. */
typedef struct
{
  const char *number;
  const char *customer;
  const char *total;
  const char *due_date;
  const char *company;
} CptMailTemplateValues;

const char *cpt_mail_document_get_id              (CptMailDocument              document);
gboolean    cpt_mail_document_from_id             (const char                  *id,
                                                   CptMailDocument             *document);
const char *cpt_mail_document_get_title           (CptMailDocument              document);
const char *cpt_mail_template_get_default_subject (CptMailDocument              document);
const char *cpt_mail_template_get_default_body    (CptMailDocument              document);
char       *cpt_mail_template_expand              (const char                  *text,
                                                   const CptMailTemplateValues *values);

G_END_DECLS
