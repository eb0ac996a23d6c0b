/* cpt-pdf-export.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-pdf-export"

#include "config.h"

#include "cpt-pdf-export.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "cpt-document-renderer.h"
#include "cpt-error.h"

/* PDF output of a document: in memory for the e-mail attachment and the
 * API, or into a file for « Exporter en PDF ». No display is needed. */

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static char *
document_title (CptDocument *document)
{
  const char *title = cpt_document_kind_get_title (cpt_document_get_kind (document));
  const char *number = cpt_document_get_text (document, CPT_DOCUMENT_NUMBER);

  if (number == NULL || *number == '\0')
    return g_strdup_printf (C_("document", "%s (draft)"), title);
  return g_strdup_printf ("%s %s", title, number);
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, CPT_ERROR, CPT_ERROR_IO,
               _("The PDF document could not be written: %s."),
               cairo_status_to_string (status));
  return FALSE;
}

GBytes *
cpt_document_render_pdf_bytes (CptDocument  *document,
                               GError      **error)
{
  g_autoptr(CptDocumentRenderer) renderer = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok = TRUE;
  guint n_pages;

  g_return_val_if_fail (CPT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  renderer = cpt_document_renderer_new (document);
  n_pages = cpt_document_renderer_paginate (renderer);
  buffer = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (write_cb, buffer,
                                                 CPT_DOCUMENT_PAGE_WIDTH,
                                                 CPT_DOCUMENT_PAGE_HEIGHT);
  title = document_title (document);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (cpt_document_has_text (document, CPT_DOCUMENT_SELLER_NAME))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                    cpt_document_get_text (document, CPT_DOCUMENT_SELLER_NAME));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Comptoir");
  cr = cairo_create (surface);

  for (guint i = 0; ok && i < n_pages; i++)
    {
      ok = cpt_document_renderer_draw_page (renderer, cr, i, error);
      if (ok)
        {
          cairo_show_page (cr);
          ok = check_status (cairo_status (cr), error);
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok)
    ok = check_status (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);

  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Written through a temporary file and renamed, so a failed export never
 * leaves half a PDF behind. */
gboolean
cpt_document_export_pdf (CptDocument  *document,
                         const char   *path,
                         GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (CPT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cpt_document_render_pdf_bytes (document, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CPT_ERROR, CPT_ERROR_IO,
                   _("The PDF file %s could not be written: %s"), display, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* « Facture FA-2026-00012.pdf »: characters that file systems or mail
 * clients refuse become hyphens. */
char *
cpt_document_suggest_file_name (CptDocument *document)
{
  g_autofree char *title = NULL;
  GString *name;

  g_return_val_if_fail (CPT_IS_DOCUMENT (document), NULL);

  title = document_title (document);
  name = g_string_new (NULL);
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || strchr ("/\\:*?\"<>|", (int) c) != NULL)
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_string_append (name, ".pdf");
  return g_string_free (name, FALSE);
}

/* Several documents into a folder, each under its suggested name; a name
 * already taken (by another file, or by two drafts) gets « (2) », « (3) »… so
 * nothing is overwritten. Stops at the first failure. */
gboolean
cpt_document_export_pdf_to_folder (CptDocument * const  *documents,
                                   guint                 n_documents,
                                   const char           *folder,
                                   GError              **error)
{
  g_return_val_if_fail (documents != NULL || n_documents == 0, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < n_documents; i++)
    {
      g_autofree char *name = cpt_document_suggest_file_name (documents[i]);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      for (guint copy = 2; g_file_test (path, G_FILE_TEST_EXISTS); copy++)
        {
          g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".pdf"));
          g_autofree char *numbered = g_strdup_printf ("%s (%u).pdf", stem, copy);

          g_free (path);
          path = g_build_filename (folder, numbered, NULL);
        }
      if (!cpt_document_export_pdf (documents[i], path, error))
        return FALSE;
    }
  return TRUE;
}
