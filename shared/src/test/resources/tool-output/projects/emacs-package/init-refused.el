;;; init-refused.el --- an archive on a port where nothing listens, as when the mirror is down.
(load (expand-file-name "common.el" default-directory) nil t)
(setq package-archives '(("acme" . "http://127.0.0.1:9/packages/")))
(package-initialize)
(package-refresh-contents)
(package-install 'acme-strings)
