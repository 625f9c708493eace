import '@mantine/core/styles.css'
import '@mantine/dropzone/styles.css'
import '@mantine/notifications/styles.css'
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications, notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { errorMessage } from './api/errors'
import { createQueryClient } from './lib/queryClient'
import { createAppRouter } from './router'
import { theme } from './theme'

const queryClient = createQueryClient({
  // Any 401 (query, loader or mutation) ends the session: back to sign-in, remembering the
  // exact URL. The sign-in page itself handles its own 401s ("Incorrect email or password.").
  onUnauthorized: () => {
    const { location } = router.state
    if (location.pathname === '/login') return
    void router.navigate({ to: '/login', search: { redirect: location.href }, replace: true })
  },
  onBackgroundError: (error) =>
    notifications.show({
      id: 'background-refresh-failed',
      color: 'yellow',
      title: 'Could not refresh',
      message: `${errorMessage(error)}. Showing the last data received.`,
    }),
})
const router = createAppRouter(queryClient)
const colorSchemeManager = localStorageColorSchemeManager({ key: 'coder-console-color-scheme' })

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
)
