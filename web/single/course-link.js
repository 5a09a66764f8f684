// The "Gradbook" link at the top of a single-file lesson. The page's own link (web/app/index.html)
// names the folder it sits in, which for single/<lesson>.html is not the course. Served from the
// site, the course is the folder above single/; opened from disk (a downloaded file, file://)
// there is no course to go to, so the name stays as plain text rather than a link that fails.
export function pointToTheCourse(link, location) {
  if (location.protocol === 'file:') {
    link.removeAttribute('href');
  } else {
    link.href = new URL('../', location.href).href;
  }
}
