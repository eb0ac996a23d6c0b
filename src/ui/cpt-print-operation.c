/* cpt-print-operation.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-print-operation"

#include "config.h"

#include "cpt-print-operation.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>

#include "cpt-document-renderer.h"

/* Prints one or several documents (a bulk print from the orders list)
 * as one job through the GTK print dialog, with its preview. Pages come
 * from the same renderer as the PDF export; the print settings and the
 * page setup of the last print are remembered, across runs too, in
 * comptoir/print-settings.ini under the user's configuration folder. */

struct _CptPrintOperation
{
  GtkPrintOperation  parent_instance;

  GPtrArray         *documents;  /* CptDocument */
  GPtrArray         *renderers;  /* CptDocumentRenderer, one per document */
  GArray            *first_page; /* guint per document, then the total */
};

G_DEFINE_FINAL_TYPE (CptPrintOperation, cpt_print_operation, GTK_TYPE_PRINT_OPERATION)

static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;
static gboolean saved_loaded;

static char *
saved_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "comptoir", "print-settings.ini", NULL);
}

/* Once per run, before the first print: what the last run saved. A
 * missing or unreadable file leaves GTK's defaults and A4. */
static void
load_saved_settings (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GKeyFile) file = NULL;

  if (saved_loaded)
    return;
  saved_loaded = TRUE;
  path = saved_settings_path ();
  file = g_key_file_new ();
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return;
  if (session_settings == NULL)
    session_settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);
  if (session_page_setup == NULL)
    session_page_setup = gtk_page_setup_new_from_key_file (file, NULL, NULL);
}

/* Failing to save only costs the next run its settings: a warning. */
static void
save_settings (void)
{
  g_autofree char *path = saved_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (session_settings != NULL)
    gtk_print_settings_to_key_file (session_settings, file, NULL);
  if (session_page_setup != NULL)
    gtk_page_setup_to_key_file (session_page_setup, file, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_warning ("Cannot create %s: %s", dir, g_strerror (errno));
  else if (!g_key_file_save_to_file (file, path, &error))
    g_warning ("Cannot save the print settings: %s", error->message);
}

static void
cpt_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  CptPrintOperation *self = CPT_PRINT_OPERATION (operation);
  guint total = 0;

  g_ptr_array_set_size (self->renderers, 0);
  g_array_set_size (self->first_page, 0);
  for (guint i = 0; i < self->documents->len; i++)
    {
      CptDocumentRenderer *renderer = cpt_document_renderer_new (g_ptr_array_index (self->documents, i));

      g_array_append_val (self->first_page, total);
      total += cpt_document_renderer_paginate (renderer);
      g_ptr_array_add (self->renderers, renderer);
    }
  g_array_append_val (self->first_page, total);
  gtk_print_operation_set_n_pages (operation, MAX (total, 1));
}

/* The renderer lays out A4 in points; another paper size gets the page
 * scaled to fit, centred. */
static void
cpt_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  CptPrintOperation *self = CPT_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / CPT_DOCUMENT_PAGE_WIDTH, height / CPT_DOCUMENT_PAGE_HEIGHT);
  g_autoptr(GError) error = NULL;
  guint doc = 0;

  if (self->renderers->len == 0)
    return;
  while (doc + 1 < self->renderers->len &&
         (guint) page_nr >= g_array_index (self->first_page, guint, doc + 1))
    doc++;

  cairo_save (cr);
  cairo_translate (cr, (width - CPT_DOCUMENT_PAGE_WIDTH * scale) / 2,
                   (height - CPT_DOCUMENT_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  if (!cpt_document_renderer_draw_page (g_ptr_array_index (self->renderers, doc), cr,
                                        page_nr - g_array_index (self->first_page, guint, doc), &error))
    g_warning ("%s", error->message);
  cairo_restore (cr);
}

static void
cpt_print_operation_done (GtkPrintOperation       *operation,
                          GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);

      if (settings != NULL)
        g_set_object (&session_settings, settings);
      if (page_setup != NULL)
        g_set_object (&session_page_setup, page_setup);
      save_settings ();
    }
  if (GTK_PRINT_OPERATION_CLASS (cpt_print_operation_parent_class)->done)
    GTK_PRINT_OPERATION_CLASS (cpt_print_operation_parent_class)->done (operation, result);
}

static void
cpt_print_operation_finalize (GObject *object)
{
  CptPrintOperation *self = CPT_PRINT_OPERATION (object);

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->renderers, g_ptr_array_unref);
  g_clear_pointer (&self->first_page, g_array_unref);

  G_OBJECT_CLASS (cpt_print_operation_parent_class)->finalize (object);
}

static void
cpt_print_operation_class_init (CptPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = cpt_print_operation_finalize;
  operation_class->begin_print = cpt_print_operation_begin_print;
  operation_class->draw_page = cpt_print_operation_draw_page;
  operation_class->done = cpt_print_operation_done;
}

static void
cpt_print_operation_init (CptPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->renderers = g_ptr_array_new_with_free_func (g_object_unref);
  self->first_page = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Full page in points: the renderer places the address for a window
   * envelope, measured from the sheet's edges. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  load_saved_settings ();
  if (session_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_settings);
  if (session_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, session_page_setup);
  else
    {
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
      gtk_print_operation_set_default_page_setup (operation, setup);
    }
}

CptPrintOperation *
cpt_print_operation_new (CptDocument * const *documents,
                         guint                n_documents)
{
  CptPrintOperation *self;

  g_return_val_if_fail (documents != NULL || n_documents == 0, NULL);

  self = g_object_new (CPT_TYPE_PRINT_OPERATION, NULL);
  for (guint i = 0; i < n_documents; i++)
    {
      g_return_val_if_fail (CPT_IS_DOCUMENT (documents[i]), self);
      g_ptr_array_add (self->documents, g_object_ref (documents[i]));
    }
  if (n_documents == 1)
    {
      const char *title = cpt_document_kind_get_title (cpt_document_get_kind (documents[0]));
      const char *number = cpt_document_get_text (documents[0], CPT_DOCUMENT_NUMBER);
      g_autofree char *job = g_strdup_printf ("%s %s", title, number != NULL ? number : "");

      gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), g_strstrip (job));
    }
  return self;
}

guint
cpt_print_operation_get_n_documents (CptPrintOperation *self)
{
  g_return_val_if_fail (CPT_IS_PRINT_OPERATION (self), 0);

  return self->documents->len;
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  /* A failure can be reported both by run() and by "done": say it once. */
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR ||
      g_object_get_data (G_OBJECT (operation), "cpt-error-shown") != NULL)
    return;
  g_object_set_data (G_OBJECT (operation), "cpt-error-shown", GINT_TO_POINTER (TRUE));
  gtk_print_operation_get_error (operation, &error);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Printing failed"),
                                                       error != NULL ? error->message : NULL));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens the print dialog (with its preview) and prints in the
 * background; a failure is shown in a dialog over parent. */
void
cpt_print_operation_run_dialog (CptPrintOperation *self,
                                GtkWindow         *parent)
{
  GtkPrintOperationResult result;

  g_return_if_fail (CPT_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_signal_connect_object (self, "done", G_CALLBACK (on_print_done_cb), parent, 0);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, NULL);
  on_print_done_cb (GTK_PRINT_OPERATION (self), result, parent);
}
