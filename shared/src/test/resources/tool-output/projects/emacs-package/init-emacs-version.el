;;; init-emacs-version.el --- a working archive whose acme-modern needs a newer Emacs than the one running.
(load (expand-file-name "common.el" default-directory) nil t)
(setq package-archives `(("acme" . ,(format "http://127.0.0.1:%s/" (getenv "ARCHIVE_PORT")))))
(package-initialize)
(package-refresh-contents)
(package-install 'acme-modern)
