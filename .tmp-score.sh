node --import tsx -e "import('./eval/article-extraction.ts').then(async m=>{for(const s of m.scorers) {const r=(await s())[0]; console.log(JSON.stringify(r.metrics), r.info.ms_per_page)}})"
