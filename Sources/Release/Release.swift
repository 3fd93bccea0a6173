// Module Release.
