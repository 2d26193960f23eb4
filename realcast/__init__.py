"""realcast: record real terminal sessions in sandboxes, label them from evidence, export for fine-tuning."""

__version__ = "0.1.0"
