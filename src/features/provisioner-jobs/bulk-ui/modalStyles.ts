export const modalStyles = { title: { fontWeight: 600 } }
