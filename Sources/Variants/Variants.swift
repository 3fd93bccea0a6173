// Module Variants.
