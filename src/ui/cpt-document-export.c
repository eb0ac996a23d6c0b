/* cpt-document-export.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-export"

#include "config.h"

#include "cpt-document-export.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cpt-pdf-export.h"
#include "cpt-print-operation.h"

/* « Exporter en PDF » and « Imprimer » for one document or several: one
 * document is saved under the name the user confirms (« Facture
 * FA-2026-00012.pdf » suggested); several go into a chosen folder, each
 * under its suggested name. */

/* The folder of the last export, offered first for the next one. */
static char *last_folder;

typedef struct
{
  GtkWindow *parent;
  GPtrArray *documents;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->parent);
  g_clear_pointer (&export->documents, g_ptr_array_unref);
  g_free (export);
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            GError     *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Export          *export)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = target != NULL ? g_file_get_path (target) : NULL;
      g_autoptr(GError) error = NULL;

      /* Each branch leaves error set when it fails. */
      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("The chosen place is not a local folder."));
      else if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER)
        cpt_document_export_pdf_to_folder ((CptDocument * const *) export->documents->pdata,
                                           export->documents->len, path, &error);
      else
        cpt_document_export_pdf (g_ptr_array_index (export->documents, 0), path, &error);
      if (error != NULL)
        show_error (export->parent, _("Export failed"), error);
      else
        {
          g_free (last_folder);
          last_folder = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                        ? g_strdup (path) : g_path_get_dirname (path);
        }
    }
  export_free (export);
  g_object_unref (chooser);
}

void
cpt_document_export_run (GtkWindow           *parent,
                         CptDocument * const *documents,
                         guint                n_documents)
{
  GtkFileChooserNative *chooser;
  Export *export;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (documents != NULL && n_documents > 0);

  export = g_new0 (Export, 1);
  export->parent = parent != NULL ? g_object_ref (parent) : NULL;
  export->documents = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_documents; i++)
    g_ptr_array_add (export->documents, g_object_ref (documents[i]));

  if (n_documents == 1)
    {
      g_autofree char *name = cpt_document_suggest_file_name (documents[0]);
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      chooser = gtk_file_chooser_native_new (_("Export as PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  else
    chooser = gtk_file_chooser_native_new (_("Export as PDF into a folder"), parent,
                                           GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                           _("_Export"), _("_Cancel"));
  {
    const char *start = last_folder != NULL ? last_folder : g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
    g_autoptr(GFile) folder = g_file_new_for_path (start != NULL ? start : g_get_home_dir ());

    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
cpt_document_print_run (GtkWindow           *parent,
                        CptDocument * const *documents,
                        guint                n_documents)
{
  g_autoptr(CptPrintOperation) operation = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (documents != NULL && n_documents > 0);

  operation = cpt_print_operation_new (documents, n_documents);
  cpt_print_operation_run_dialog (operation, parent);
}

/* The documents of the selected rows of a list, for its bulk « Imprimer »
 * and « Exporter en PDF »: all of them, or none and the first refusal. */
GPtrArray *
cpt_document_load_all (CptDatabase          *db,
                       const GArray         *ids,
                       CptDocumentLoadFunc   load,
                       GError              **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (db != NULL && ids != NULL && load != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      CptDocument *document = load (db, g_array_index (ids, gint64, i), error);

      if (document == NULL)
        return NULL;
      g_ptr_array_add (documents, document);
    }

  return g_steal_pointer (&documents);
}
