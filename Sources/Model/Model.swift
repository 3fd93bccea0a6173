// Module Model.
