"""The agenda editor: versions, items with their times in both capitals, comparison, and the Agenda tab and view."""
