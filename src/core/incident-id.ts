// The shape of a status page incident id, apart from the records that check it so that the claude.ai content
// script, which reads the watch record, loads nothing more than this line for it.
export const INCIDENT_ID = /^[a-z0-9]{1,40}$/i;
